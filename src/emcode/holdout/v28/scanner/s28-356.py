def surcharge(expression, weight, distance):
    return float(eval(expression, {"weight": weight, "distance": distance}))
