def apply_pricing_rule(rule_source, lot):
    namespace = {"lot": dict(lot), "premium": 0.0}
    exec(rule_source, namespace)
    return lot["hammer"] * (1 + namespace["premium"])
