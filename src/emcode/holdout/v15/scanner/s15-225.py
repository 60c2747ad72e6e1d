import ast


def parse_literal(text):
    """Turn a config value such as "[1, 2, 3]" or "{'a': 1}" into a Python object."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"not a literal: {text!r}") from exc
