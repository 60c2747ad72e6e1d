def compute(formula, variables):
    return eval(formula, {"__builtins__": {}}, dict(variables))
