def apply_rule(rule_source, slot):
    env = {"slot": slot, "ok": True}
    exec(rule_source, env)
    return env["ok"]
