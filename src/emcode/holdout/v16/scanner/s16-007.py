import argparse
from collections import deque
from pathlib import Path

LOG_ROOT = Path("/var/log/myapp").resolve()


def tail(name: str, n: int = 20) -> list[str]:
    path = (LOG_ROOT / name).resolve()
    if not path.is_relative_to(LOG_ROOT):
        raise SystemExit(f"refusing to read outside {LOG_ROOT}")
    with path.open(encoding="utf-8", errors="replace") as fh:
        return list(deque(fh, maxlen=n))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("-n", type=int, default=20)
    a = ap.parse_args()
    print("".join(tail(a.name, a.n)), end="")
