def courier_fee(formula, distance_km, weight_kg):
    return eval(formula, {}, {"d": distance_km, "w": weight_kg})
