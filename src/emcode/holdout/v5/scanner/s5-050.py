from pathlib import Path

def delete_user_file(user_dir: Path, name: str) -> None:
    (user_dir / name).unlink()
