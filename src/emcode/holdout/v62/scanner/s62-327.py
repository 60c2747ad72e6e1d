import ast


def parse_thresholds(text):
    value = ast.literal_eval(text)
    if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
        raise ValueError("thresholds must be a dict of numbers")
    return value
