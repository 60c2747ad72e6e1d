from pathlib import Path

BASE = Path("/srv/attachments")


def delete_attachment(user_id: int, filename: str) -> bool:
    target = BASE / str(user_id) / filename
    if target.exists():
        target.unlink()
        return True
    return False
