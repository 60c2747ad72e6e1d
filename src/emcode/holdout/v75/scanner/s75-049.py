import sys

RULES = {}


def load_rule(source):
    scope = {}
    exec(source, scope)
    RULES[scope["NAME"]] = scope["apply"]


if __name__ == "__main__":
    load_rule(sys.stdin.read())
    fare = RULES["discount"](3.20)
    print(f"{fare:.2f}")
