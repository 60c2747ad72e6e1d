import ast


def parse_score(text):
    """'(3, 1)' -> (3, 1)"""
    value = ast.literal_eval(text.strip())
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) and v >= 0 for v in value)):
        raise ValueError("score must be a pair of non-negative ints")
    return value
