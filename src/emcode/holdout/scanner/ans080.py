from pathlib import Path


def prepare_upload_dir(base: str) -> Path:
    path = Path(base) / "uploads"
    path.mkdir(mode=0o750, parents=True, exist_ok=True)
    return path
