import ast
import sys


def parse_options(text):
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise ValueError("options must be a dict literal")
    return value


if __name__ == "__main__":
    for key, value in parse_options(sys.argv[1]).items():
        print(f"{key} = {value}")
