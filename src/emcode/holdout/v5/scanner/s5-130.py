from pathlib import Path

def delete_user_file(user_dir: Path, name: str) -> None:
    safe = Path(name).name
    if safe in ("", ".", ".."):
        raise ValueError("bad name")
    (user_dir / safe).unlink()
