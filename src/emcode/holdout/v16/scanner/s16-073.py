from pathlib import Path

UPLOADS = Path("uploads")


def delete_upload(rel: str) -> bool:
    target = UPLOADS / rel
    if target.exists():
        target.unlink()
        return True
    return False
