def apply_discount(total, rule):
    return eval(rule, {"__builtins__": {}}, {"total": total})
