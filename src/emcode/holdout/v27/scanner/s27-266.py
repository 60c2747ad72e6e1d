from pathlib import Path


def purge_upload(upload_root: Path, filename: str) -> None:
    target = upload_root / filename
    if target.exists():
        target.unlink()
