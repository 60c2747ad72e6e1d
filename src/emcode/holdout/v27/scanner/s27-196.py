import ast


def parse_coords(text: str) -> tuple:
    value = ast.literal_eval(text)
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)):
        raise ValueError("expected (x, y)")
    return value
