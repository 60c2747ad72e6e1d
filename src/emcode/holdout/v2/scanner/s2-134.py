import json
import sys
from pathlib import Path

CACHE = Path.home() / ".cache" / "weather" / "last.json"


def load_last() -> dict:
    if not CACHE.exists():
        return {}
    return json.loads(CACHE.read_text(encoding="utf-8"))


if __name__ == "__main__":
    last = load_last()
    print(last.get(sys.argv[1], "no cached forecast") if len(sys.argv) > 1 else last)
