import ast


def parse_setting(value: str):
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value
