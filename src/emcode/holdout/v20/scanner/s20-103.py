def compute(formula, **variables):
    return eval(formula, {}, variables)
