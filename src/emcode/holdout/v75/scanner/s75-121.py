import sys
from importlib.metadata import entry_points


def load_discount_rules():
    rules = {}
    for ep in entry_points(group="regionbus.discounts"):
        rules[ep.name] = ep.load()
    return rules


if __name__ == "__main__":
    rules = load_discount_rules()
    fare = float(sys.argv[1]) if len(sys.argv) > 1 else 3.20
    for name, fn in sorted(rules.items()):
        print(f"{name}: {fn(fare):.2f}")
