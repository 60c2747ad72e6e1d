def apply_rule(rule_src, reading):
    scope = {"reading": reading, "alert": False}
    exec(rule_src, scope)
    return scope["alert"]
