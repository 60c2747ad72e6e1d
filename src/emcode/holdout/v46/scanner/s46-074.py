from pathlib import Path

UPLOADS = Path("/var/pawn/uploads").resolve()


def remove_photo(rel_name):
    target = (UPLOADS / rel_name).resolve()
    if UPLOADS not in target.parents:
        raise PermissionError(rel_name)
    if target.is_file():
        target.unlink()
        return True
    return False
