from pathlib import Path


def ensure_log_dir(path: str) -> Path:
    p = Path(path)
    p.mkdir(mode=0o750, parents=True, exist_ok=True)
    return p
