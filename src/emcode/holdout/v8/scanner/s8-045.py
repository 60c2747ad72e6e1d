import argparse

import yaml


def load_rules(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)


def main():
    parser = argparse.ArgumentParser(description="apply alert rules submitted in a ticket")
    parser.add_argument("rules_file")
    ns = parser.parse_args()
    rules = load_rules(ns.rules_file)
    for name, rule in rules.items():
        print(f"{name}: threshold={rule.get('threshold')}")


if __name__ == "__main__":
    main()
