import ast


def parse_seed_list(text):
    value = ast.literal_eval(text)
    if not isinstance(value, list) or not all(isinstance(x, int) for x in value):
        raise ValueError("expected a list of integers")
    return value
