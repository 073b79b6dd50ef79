#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Signet {

// An expected failure with a reason written for people: the UI shows it as is.
struct Error
{
    QString reason;
    int code = 0; // optional machine-readable kind (e.g. Crypto::CipherError), 0 when unspecified
};

inline Error fail(QString reason, int code = 0)
{
    return Error{std::move(reason), code};
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
        , m_code(error.code)
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const QString &error() const { return m_error; }
    int errorCode() const { return m_code; }
    // The failure as an Error, to pass it on from a Result of another type.
    Error failure() const { return Error{m_error, m_code}; }

private:
    std::optional<T> m_value;
    QString m_error;
    int m_code = 0;
};

// For operations that succeed with nothing to return.
struct Done
{
};
using Status = Result<Done>;

} // namespace Signet
