from pathlib import Path


def delete_upload(user_id: int, filename: str, root: Path = Path("/srv/uploads")) -> bool:
    target = root / str(user_id) / filename
    if target.exists():
        target.unlink()
        return True
    return False
