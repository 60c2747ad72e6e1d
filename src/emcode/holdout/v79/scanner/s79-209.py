def parse_threshold(expr, rated_kw):
    return eval(expr, {"__builtins__": {}}, {"rated": rated_kw})
