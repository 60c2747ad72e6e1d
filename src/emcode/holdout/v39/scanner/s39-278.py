def monthly_cost(expr, rent, utilities):
    return eval(expr, {"__builtins__": {}}, {"rent": rent, "utilities": utilities})
