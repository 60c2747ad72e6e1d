import argparse
import ast


def main():
    ap = argparse.ArgumentParser(description="Scale a recipe's ingredient amounts")
    ap.add_argument("ingredients", help="dict literal, e.g. \"{'flour': 250, 'sugar': 100}\"")
    ap.add_argument("--factor", type=float, default=2.0)
    args = ap.parse_args()
    parsed = ast.literal_eval(args.ingredients)
    if not isinstance(parsed, dict):
        raise SystemExit("expected a dict literal")
    for name, grams in parsed.items():
        print(f"{name}: {float(grams) * args.factor:g} g")


if __name__ == "__main__":
    main()
