import sys

import yaml


def load_config(path):
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh) or {}
    stations = cfg.get("stations", [])
    for st in stations:
        st.setdefault("interval_min", 10)
    return stations


if __name__ == "__main__":
    for st in load_config(sys.argv[1]):
        print(f"{st['id']:>10}  every {st['interval_min']} min")
