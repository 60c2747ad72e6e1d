def apply_discount_rule(rule, fare):
    return eval(rule, {"__builtins__": {}}, {"fare": fare})
