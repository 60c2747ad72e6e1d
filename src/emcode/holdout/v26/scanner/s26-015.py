def compute_metric(expression, values):
    return eval(expression, {}, dict(values))
