RULES = {
    "student": lambda price: price * 0.8,
    "senior": lambda price: price * 0.75,
    "corporate": lambda price: max(price - 10, 0),
}


def apply_discount(price, rule):
    fn = RULES.get(rule)
    return price if fn is None else round(fn(price), 2)
