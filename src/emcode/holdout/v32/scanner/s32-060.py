import ast


def parse_bounds(text):
    value = ast.literal_eval(text)
    if not (isinstance(value, tuple) and len(value) == 2):
        raise ValueError("expected (min, max)")
    lo, hi = (float(v) for v in value)
    return lo, hi
