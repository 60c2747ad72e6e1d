import ast
import configparser


def read_thresholds(path):
    cp = configparser.ConfigParser()
    cp.read(path)
    out = {}
    for key, raw in cp["thresholds"].items():
        try:
            out[key] = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            raise ValueError(f"{path}: [thresholds] {key} = {raw!r} is not a literal; write a number or list")
    return out
