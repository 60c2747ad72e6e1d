import ast


def parse_frame_counts(text):
    value = ast.literal_eval(text)
    if not isinstance(value, (list, tuple)):
        raise ValueError("expected a list")
    return [int(v) for v in value]
