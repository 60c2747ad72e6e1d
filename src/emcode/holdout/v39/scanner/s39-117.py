import json
import sys


def main():
    rules = sys.stdin.readline()
    animals = json.load(open("animals.json"))
    scope = {"animals": animals, "result": []}
    exec(rules, scope)
    print(json.dumps(scope["result"], indent=2))


if __name__ == "__main__":
    main()
