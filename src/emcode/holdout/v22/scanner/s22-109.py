from pathlib import Path


def key_dir(home: Path) -> Path:
    d = home / ".keys"
    d.mkdir(mode=0o777, parents=True, exist_ok=True)
    return d
