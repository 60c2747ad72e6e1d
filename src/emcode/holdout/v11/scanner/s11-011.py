from pathlib import Path


def init_token_store(path: Path) -> Path:
    path.touch(mode=0o666, exist_ok=True)
    path.write_text("{}")
    return path
