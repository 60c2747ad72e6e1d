import ast


def parse_tempo_map(text):
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise TypeError("tempo map must be a dict")
    return {int(k): float(v) for k, v in value.items()}
