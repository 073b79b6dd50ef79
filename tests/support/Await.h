#pragma once

#include "Result.h"

#include <QTest>

#include <functional>
#include <optional>

namespace Signet::Test {

// Runs one asynchronous call that reports a Result<T> to a callback, spinning the event loop until
// it has answered (or timeoutMs passed, which becomes an error).
template<typename T, typename Call> Result<T> await(Call call, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return fail(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return std::move(*out);
}

inline Status awaitStatus(const std::function<void(std::function<void(const Status &)>)> &call,
                          int timeoutMs = 20000)
{
    std::optional<Status> out;
    call([&out](const Status &s) { out = s; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return fail(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return *out;
}

} // namespace Signet::Test
