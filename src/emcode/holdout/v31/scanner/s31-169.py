import argparse
from pathlib import Path

TEMPLATES = Path(__file__).parent / "letter_templates"


def main():
    ap = argparse.ArgumentParser(description="Print a payroll letter template")
    ap.add_argument("kind", choices=["offer", "raise", "p45", "p60"])
    args = ap.parse_args()
    print((TEMPLATES / f"{args.kind}.txt").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
