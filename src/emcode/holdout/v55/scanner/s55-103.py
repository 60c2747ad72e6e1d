from pathlib import Path


def prepare_spool(base, mode=0o777):
    spool = Path(base) / "spool"
    spool.mkdir(mode=mode, parents=True, exist_ok=True)
    return spool
