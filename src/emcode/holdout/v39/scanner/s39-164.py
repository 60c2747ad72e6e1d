import json
import sys


def main():
    rules = json.loads(sys.stdin.read())
    min_weight = float(rules.get("min_weight_kg", 0))
    species = set(rules.get("species", []))
    with open("animals.json", encoding="utf-8") as fh:
        animals = json.load(fh)
    hits = [a for a in animals if a["weight_kg"] >= min_weight and (not species or a["species"] in species)]
    print(json.dumps(hits, indent=2))


if __name__ == "__main__":
    main()
