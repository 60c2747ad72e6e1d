import os
from pathlib import Path


def prepare_upload_dir(base: str) -> Path:
    path = Path(base) / "uploads"
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o777)
    return path
