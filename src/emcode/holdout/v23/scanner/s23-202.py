from pathlib import Path


def delete_upload(user_id: int, filename: str, root: Path = Path("/srv/uploads")) -> bool:
    user_dir = (root / str(int(user_id))).resolve()
    target = (user_dir / Path(filename).name).resolve()
    if not target.is_relative_to(user_dir):
        return False
    if target.is_file():
        target.unlink()
        return True
    return False
