#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

namespace Signet::Test {

// Runs the event loop until predicate holds or timeoutMs passes. Unlike QTest::qWaitFor it never
// sleeps between passes, so a hub and a desk in the same thread talk without artificial delays
// (what the benchmarks measure is the product, not the harness).
template<typename Predicate> bool spinUntil(Predicate predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate()) {
            ok = true;
            loop.quit();
        } else if (clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok;
}

// Runs one asynchronous call that reports a Result<T> to a callback, spinning the event loop until
// it has answered (or timeoutMs passed, which becomes an error).
template<typename T, typename Call> Result<T> await(Call call, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!spinUntil([&out] { return out.has_value(); }, timeoutMs))
        return fail(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return std::move(*out);
}

inline Status awaitStatus(const std::function<void(std::function<void(const Status &)>)> &call,
                          int timeoutMs = 20000)
{
    std::optional<Status> out;
    call([&out](const Status &s) { out = s; });
    if (!spinUntil([&out] { return out.has_value(); }, timeoutMs))
        return fail(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return *out;
}

} // namespace Signet::Test
