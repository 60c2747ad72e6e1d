import gzip
import shutil
import time
from pathlib import Path

LOG_DIR = Path("/var/log/myapp")
MAX_AGE_DAYS = 7


def rotate():
    cutoff = time.time() - MAX_AGE_DAYS * 86400
    for log in LOG_DIR.glob("*.log"):
        if log.stat().st_mtime < cutoff:
            gz = log.with_suffix(".log.gz")
            with log.open("rb") as src, gzip.open(gz, "wb") as dst:
                shutil.copyfileobj(src, dst)
            log.unlink()
            print("compressed", log.name)


if __name__ == "__main__":
    rotate()
