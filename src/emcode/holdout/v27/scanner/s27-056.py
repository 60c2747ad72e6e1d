from pathlib import Path


def create_secret_file(path: Path, content: str, mode: int = 0o666) -> None:
    path.touch(mode=mode)
    path.chmod(mode)
    path.write_text(content)
