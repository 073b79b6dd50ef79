#pragma once

#include <QtGlobal>

#include <functional>

namespace Signet {

// Exponential backoff with jitter: attempt n waits min(max, initial·factorⁿ) scaled by a random
// factor in [1 − jitter, 1 + jitter], so a hub restart is not met by every desk at the same
// instant.
struct ReconnectPolicy
{
    int initialDelayMs = 1000;
    int maxDelayMs = 30000;
    double factor = 2.0;
    double jitter = 0.2;

    // random01 returns a value in [0, 1); injectable so tests are deterministic.
    int delayForAttempt(int attempt, const std::function<double()> &random01) const;
};

} // namespace Signet
