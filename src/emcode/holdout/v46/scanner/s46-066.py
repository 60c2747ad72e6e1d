import sys

RINKS = {"main": 60, "practice": 30}


def main():
    print("Paste the scheduling rule, end with Ctrl-D:")
    rule_src = sys.stdin.read()
    scope = {"rinks": RINKS}
    exec(rule_src, scope)
    for name, cap in scope["rinks"].items():
        print(name, cap)


if __name__ == "__main__":
    main()
