def apply_discount(price, rule, member):
    return eval(rule, {"__builtins__": {}}, {"price": price, "member": member})
