from pathlib import Path


def ensure_spool(base, league_slug):
    spool = Path(base) / "spool" / league_slug.replace("/", "_")
    spool.mkdir(mode=0o777, parents=True, exist_ok=True)
    return spool
