import ast
import configparser
import sys


def read_thresholds(path: str) -> dict:
    cp = configparser.ConfigParser()
    cp.read(path)
    out = {}
    for key, raw in cp["thresholds"].items():
        value = ast.literal_eval(raw)
        if not isinstance(value, (int, float, tuple)):
            raise ValueError(f"{path}: [thresholds] {key} must be a number or tuple")
        out[key] = value
    return out


if __name__ == "__main__":
    print(read_thresholds(sys.argv[1]))
