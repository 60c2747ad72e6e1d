def apply_reward_rule(rule_expr, pledge_amount):
    code = compile(rule_expr, "<rule>", "eval")
    return bool(eval(code, {"__builtins__": {}}, {"amount": pledge_amount}))
