import json


def parse_gains(text):
    values = json.loads(text)
    if not isinstance(values, list):
        raise ValueError("expected a list")
    return [float(v) for v in values]
