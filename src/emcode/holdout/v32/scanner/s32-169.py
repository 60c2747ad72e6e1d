def apply_discount(price, formula):
    return eval(formula, {"price": price})
