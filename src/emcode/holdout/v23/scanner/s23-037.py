import ast
import argparse
import configparser


def read_thresholds(path):
    cfg = configparser.ConfigParser()
    cfg.read(path)
    raw = cfg.get("sensors", "thresholds", fallback="{}")
    value = ast.literal_eval(raw)
    if not isinstance(value, dict):
        raise SystemExit(f"{path}: [sensors] thresholds must be a dict literal")
    return {str(k): float(v) for k, v in value.items()}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    print(read_thresholds(ap.parse_args().config))
