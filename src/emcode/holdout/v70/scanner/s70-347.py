def apply_rule(rule, plot):
    return bool(eval(rule, {}, {"item": plot}))
