def compute_metric(formula, row):
    return eval(formula, {"__builtins__": {}}, dict(row))
