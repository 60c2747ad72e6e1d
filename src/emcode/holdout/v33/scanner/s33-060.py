from pathlib import Path


def ensure_token_cache(base, mode=0o777):
    d = Path(base) / "tokens"
    d.mkdir(mode=mode, parents=True, exist_ok=True)
    return d
