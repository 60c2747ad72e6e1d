import ast


def parse_reading(line):
    data = ast.literal_eval(line)
    if not isinstance(data, dict):
        raise ValueError("expected a dict")
    return str(data["panel"]), float(data["w"])
