def apply_discount(price, rule):
    """rule like 'price * 0.9' from the branch manager's settings."""
    return eval(rule, {"__builtins__": {}}, {"price": price})
