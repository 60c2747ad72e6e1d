import sys


def main():
    rule_src = sys.stdin.read()
    scope = {"distance_km": 4.2, "rush": True}
    exec(rule_src, scope)
    print("courier fee:", scope.get("fee"))


if __name__ == "__main__":
    main()
