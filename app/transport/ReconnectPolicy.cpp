#include "transport/ReconnectPolicy.h"

#include <algorithm>
#include <cmath>

namespace Signet {

int ReconnectPolicy::delayForAttempt(int attempt, const std::function<double()> &random01) const
{
    const double base =
        std::min<double>(maxDelayMs, initialDelayMs * std::pow(factor, std::max(0, attempt)));
    const double spread = 1.0 + jitter * (2.0 * random01() - 1.0);
    return std::max(0, static_cast<int>(std::lround(base * spread)));
}

} // namespace Signet
