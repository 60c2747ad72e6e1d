import argparse
from pathlib import Path

import yaml

DEFAULTS = {"rounds": 3, "best_of": 3, "seeding": "rating"}


def load_config(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    cfg = dict(DEFAULTS)
    cfg.update({k: v for k, v in data.items() if k in DEFAULTS})
    return cfg


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    print(load_config(ap.parse_args().config))
