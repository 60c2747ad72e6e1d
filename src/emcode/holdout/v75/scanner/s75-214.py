import argparse
import os
import shutil
from pathlib import Path


def stage_scans(batch_dir: Path, staging_root: Path) -> int:
    staging = staging_root / batch_dir.name
    os.makedirs(staging, mode=0o777, exist_ok=True)
    moved = 0
    for tif in batch_dir.glob("*.tif"):
        shutil.move(str(tif), staging / tif.name)
        moved += 1
    return moved


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("batch", type=Path)
    ap.add_argument("--staging", type=Path, default=Path("/srv/archive/staging"))
    a = ap.parse_args()
    print(stage_scans(a.batch, a.staging), "scans staged")
