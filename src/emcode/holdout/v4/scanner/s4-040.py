from pathlib import Path


def delete_user_file(root: Path, user_id: int, filename: str) -> None:
    (root / str(user_id) / filename).unlink()
