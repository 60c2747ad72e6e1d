from pathlib import Path


def remove_photo(root, name):
    target = Path(root) / name
    if target.exists():
        target.unlink()
        return True
    return False
