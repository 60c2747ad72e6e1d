PREMIUM_BY_TIER = {"standard": 0.20, "gold": 0.15, "dealer": 0.12}


def apply_pricing_rule(tier, lot):
    premium = PREMIUM_BY_TIER.get(tier)
    if premium is None:
        raise ValueError(f"unknown tier {tier!r}")
    return lot["hammer"] * (1 + premium)
