import ast


def parse_discount(text):
    value = ast.literal_eval(text.strip())
    if not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError("discount must be a fraction between 0 and 1")
    return float(value)
