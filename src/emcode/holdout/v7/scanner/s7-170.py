from pathlib import Path


def init_token_cache(path: str) -> Path:
    p = Path(path)
    p.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    p.touch(mode=0o600, exist_ok=True)
    p.chmod(0o600)
    return p
