import json
import sys
from pathlib import Path

OUT = Path("reports")


def main():
    job = json.load(sys.stdin)
    target = OUT / job["site"] / job["filename"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(job["body"], encoding="utf-8")
    print("written", target)


if __name__ == "__main__":
    main()
