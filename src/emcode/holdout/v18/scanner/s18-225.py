import argparse
import shutil
from pathlib import Path

DATA_ROOT = Path("/srv/pipeline/data").resolve()


def purge(partition: str) -> None:
    target = (DATA_ROOT / partition).resolve()
    try:
        target.relative_to(DATA_ROOT)
    except ValueError:
        raise SystemExit(f"refusing to delete outside {DATA_ROOT}")
    if target == DATA_ROOT:
        raise SystemExit("refusing to delete the data root")
    shutil.rmtree(target)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Delete one data partition")
    ap.add_argument("partition", help="e.g. 2024/05/17")
    purge(ap.parse_args().partition)
