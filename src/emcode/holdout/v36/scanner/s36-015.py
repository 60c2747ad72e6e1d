RULES = {
    "student": lambda t: t * 0.9,
    "staff": lambda t: t * 0.85,
    "happy-hour": lambda t: max(0.0, t - 2.0),
}


def apply_discount(total, rule):
    fn = RULES.get(rule)
    return fn(total) if fn else total
