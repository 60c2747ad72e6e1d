RULES = {
    "member10": lambda p: p * 0.9,
    "bulk": lambda p: max(p - 5, 0),
}


def apply_discount(price, rule_name):
    rule = RULES.get(rule_name)
    return rule(price) if rule else price
