import argparse
import time
from pathlib import Path

LOG_DIR = Path("/var/log/kiosk")


def prune(days: int) -> int:
    cutoff = time.time() - days * 86400
    removed = 0
    for f in LOG_DIR.glob("kiosk-*.log"):
        if f.is_file() and f.stat().st_mtime < cutoff:
            f.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=14)
    print(prune(ap.parse_args().days), "files removed")
