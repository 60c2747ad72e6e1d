import os
from pathlib import Path

SCANS = Path("/srv/museum/scans")


def ensure_batch_dir(batch: int) -> Path:
    d = SCANS / f"batch-{batch:04d}"
    if not d.exists():
        os.mkdir(d, 0o777)
    return d


if __name__ == "__main__":
    print(ensure_batch_dir(12))
