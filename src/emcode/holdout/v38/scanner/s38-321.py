from pathlib import Path


def remove_photo(root, name):
    base = Path(root).resolve()
    target = (base / name).resolve()
    try:
        target.relative_to(base)
    except ValueError:
        raise PermissionError("outside photo store") from None
    if target.is_file():
        target.unlink()
        return True
    return False
