import argparse

import yaml


def load_rules(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a mapping of rules")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description="apply alert rules")
    parser.add_argument("rules_file")
    ns = parser.parse_args()
    for name, rule in load_rules(ns.rules_file).items():
        print(f"{name}: threshold={rule.get('threshold')}")


if __name__ == "__main__":
    main()
