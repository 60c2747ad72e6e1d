import ast


def parse_spawn(text):
    value = ast.literal_eval(text)
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError("spawn must be (x, y)")
    return value
