import ast


def parse_threshold(value):
    """Accepts things like '1500', '1.5e3' or '[100, 200]'."""
    parsed = ast.literal_eval(value)
    if not isinstance(parsed, (int, float, list)):
        raise ValueError("threshold must be a number or list of numbers")
    return parsed
