import sys

import yaml


def load_routes(path):
    with open(path) as fh:
        cfg = yaml.safe_load(fh) or {}
    return cfg.get("routes", [])


if __name__ == "__main__":
    for route in load_routes(sys.argv[1]):
        stops = route.get("stops", [])
        print(f"{route['code']}: {len(stops)} stops, first {stops[0] if stops else '-'}, last {sto