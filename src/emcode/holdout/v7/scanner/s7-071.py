from pathlib import Path

UPLOADS = Path("/srv/uploads").resolve()


def delete_upload(rel_path: str) -> bool:
    target = (UPLOADS / rel_path).resolve()
    if not target.is_relative_to(UPLOADS) or target == UPLOADS:
        raise ValueError("path escapes upload dir")
    if target.is_file():
        target.unlink()
        return True
    return False
