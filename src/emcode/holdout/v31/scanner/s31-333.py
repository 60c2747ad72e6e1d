import json
import sys


def main():
    with open("listings.json") as fh:
        listings = json.load(fh)
    print("Enter a filter body using `l` (e.g. l['price'] < 300000):")
    expr = sys.stdin.readline()
    code = "matches = [l for l in listings if " + expr.strip() + "]"
    scope = {"listings": listings}
    exec(code, scope)
    for l in scope["matches"]:
        print(l["address"], l["price"])


if __name__ == "__main__":
    main()
