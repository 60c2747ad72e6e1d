def sort_instruments(items, key_expr):
    return sorted(items, key=lambda it: eval(key_expr, {}, {"it": it}))
