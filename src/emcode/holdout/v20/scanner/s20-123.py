import argparse

import yaml


def load_settings(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    return data or {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    cfg = load_settings(ap.parse_args().config)
    for key, value in sorted(cfg.items()):
        print(f"{key} = {value}")


if __name__ == "__main__":
    main()
