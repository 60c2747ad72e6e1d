import argparse
import ast


def main():
    p = argparse.ArgumentParser(description="Apply a tap-room discount table")
    p.add_argument("table", help="python literal, e.g. {'ipa': 0.1}")
    args = p.parse_args()
    table = ast.literal_eval(args.table)
    if not isinstance(table, dict):
        raise SystemExit("table must be a dict")
    for style, pct in sorted(table.items()):
        print(f"{style:>12}: {float(pct) * 100:.0f}% off")


if __name__ == "__main__":
    main()
