from pathlib import Path


def create_secret_file(path: Path, content: str, mode: int = 0o600) -> None:
    path.touch(mode=mode, exist_ok=False)
    path.write_text(content)
