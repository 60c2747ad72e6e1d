def apply_rule(rule_src, order):
    scope = {"order": order, "discount": 0}
    exec(rule_src, scope)
    return scope["discount"]
