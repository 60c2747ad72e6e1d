import ast


def parse_threshold(text):
    value = ast.literal_eval(text)
    if not isinstance(value, (int, float)):
        raise TypeError("threshold must be numeric")
    return float(value)
