import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description="Summarise a fuel card statement JSON")
    ap.add_argument("statement")
    args = ap.parse_args()
    try:
        with open(args.statement, encoding="utf-8") as fh:
            txns = json.load(fh)
    except FileNotFoundError:
        sys.exit(f"no such file: {args.statement}")
    except json.JSONDecodeError as exc:
        sys.exit(f"not valid JSON: {exc}")
    total = sum(t["amount"] for t in txns)
    print(f"{len(txns)} transactions, total {total:.2f}")


if __name__ == "__main__":
    main()
