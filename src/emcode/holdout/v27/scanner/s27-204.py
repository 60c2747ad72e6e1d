from pathlib import Path


def purge_upload(upload_root: Path, filename: str) -> None:
    root = upload_root.resolve()
    target = (root / filename).resolve()
    if not target.is_relative_to(root) or target == root:
        raise ValueError(f"refusing to delete outside uploads: {filename}")
    target.unlink(missing_ok=True)
