import ast


def parse_setting(text: str):
    value = ast.literal_eval(text)
    if not isinstance(value, (int, float, str, list, dict, bool)):
        raise ValueError("unsupported setting")
    return value
