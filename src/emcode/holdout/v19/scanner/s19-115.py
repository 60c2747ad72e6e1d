import ast
import configparser


def load_thresholds(path):
    cp = configparser.ConfigParser()
    cp.read(path)
    out = {}
    for key, raw in cp.items("thresholds"):
        out[key] = ast.literal_eval(raw)
    return out
