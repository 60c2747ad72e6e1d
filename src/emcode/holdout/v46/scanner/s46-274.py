from pathlib import Path

UPLOADS = Path("/var/pawn/uploads")


def remove_photo(rel_name):
    target = UPLOADS / rel_name
    if target.exists():
        target.unlink()
        return True
    return False
