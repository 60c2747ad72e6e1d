def evaluate_cell(formula, variables):
    expr = formula.lstrip("=")
    return eval(expr, {}, dict(variables))
