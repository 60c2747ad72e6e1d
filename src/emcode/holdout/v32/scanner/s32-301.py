import os
from pathlib import Path


def prepare_dirs(root, mode=0o750):
    for name in ("uploads", "exports", "thumbnails"):
        d = Path(root) / name
        d.mkdir(parents=True, exist_ok=True)
        os.chmod(d, mode)


if __name__ == "__main__":
    prepare_dirs(os.environ.get("GARDEN_DATA", "/var/lib/garden"))
    print("directories ready")
