from pathlib import Path


def key_dir(home: Path) -> Path:
    d = home / ".keys"
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    d.chmod(0o700)
    return d
