import argparse
import sys

import yaml

REQUIRED = {"source", "target", "batch_size"}


def load_config(path):
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)
    if not isinstance(cfg, dict):
        raise SystemExit(f"{path}: top level must be a mapping")
    missing = REQUIRED - cfg.keys()
    if missing:
        raise SystemExit(f"{path}: missing keys {sorted(missing)}")
    return cfg


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run a nightly ETL job")
    ap.add_argument("config")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    cfg = load_config(args.config)
    print(f"would copy {cfg['source']} -> {cfg['target']} in batches of {cfg['batch_size']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
