from pathlib import Path


def init_token_cache(path, perm=0o666):
    p = Path(path)
    p.touch(mode=perm, exist_ok=True)
    p.chmod(perm)
    return p
