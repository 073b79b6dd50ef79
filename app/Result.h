#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Signet {

// An expected failure with a reason written for people: the UI shows it as is.
struct Error
{
    QString reason;
};

inline Error fail(QString reason)
{
    return Error{std::move(reason)};
}

// A value or a human-readable reason why there is none. Errors are values where they are
// expected (a malformed frame, a refused login), exceptions are not used.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error.reason))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that succeed with nothing to return.
struct Done
{
};
using Status = Result<Done>;

} // namespace Signet
