import argparse
import sys
from pathlib import Path

TEMPLATES = (Path(__file__).parent / "email_templates").resolve()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    a = ap.parse_args()
    path = (TEMPLATES / a.name).resolve()
    if TEMPLATES not in path.parents or path.suffix != ".html":
        print("unknown template", file=sys.stderr)
        return 1
    sys.stdout.write(path.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
