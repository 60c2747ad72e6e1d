import ast


def parse_setting(text):
    value = ast.literal_eval(text)
    if not isinstance(value, (int, float, str, bool, list, tuple)):
        raise TypeError("unsupported setting type")
    return value
