from pathlib import Path


def ensure_spool(root, name, mode=0o777):
    spool = Path(root) / "spool" / name
    spool.mkdir(mode=mode, parents=True, exist_ok=True)
    return spool
