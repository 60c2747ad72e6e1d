from pathlib import Path

UPLOADS = Path("/srv/uploads")


def delete_upload(rel_path: str) -> bool:
    target = UPLOADS / rel_path
    if target.exists():
        target.unlink()
        return True
    return False
