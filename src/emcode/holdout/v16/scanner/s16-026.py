from pathlib import Path

UPLOADS = Path("uploads").resolve()


def delete_upload(name: str) -> bool:
    if not name or name != Path(name).name or name in (".", ".."):
        raise ValueError("plain file name expected")
    target = UPLOADS / name
    if target.is_file():
        target.unlink()
        return True
    return False
