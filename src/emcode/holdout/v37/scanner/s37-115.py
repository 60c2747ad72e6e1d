def premium(formula, base, age, risk):
    return eval(formula, {}, {"base": base, "age": age, "risk": risk})
