TIERS = {
    "flat": lambda w, d: 25.0,
    "per_kg": lambda w, d: 0.12 * w,
    "per_km": lambda w, d: 0.04 * d,
    "mixed": lambda w, d: 0.08 * w + 0.02 * d,
}


def surcharge(tier, weight, distance):
    return float(TIERS[tier](float(weight), float(distance)))
