def compute_metric(expression, row):
    env = dict(row)
    return eval(expression, {"__builtins__": {}}, env)
