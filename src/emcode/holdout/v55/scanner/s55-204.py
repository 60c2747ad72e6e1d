"""Nightly job: back up the cellar database and prune old dumps."""
import datetime as dt
import os
import subprocess
from pathlib import Path

BACKUP_DIR = Path("/var/backups/cellar")
KEEP_DAYS = 14


def dump():
    BACKUP_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.date.today().isoformat()
    target = BACKUP_DIR / f"cellar-{stamp}.sql.gz"
    with open(target, "wb") as out:
        pg = subprocess.Popen(["pg_dump", "--no-owner", "cellar"], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-c"], stdin=pg.stdout, stdout=out, check=True)
        pg.stdout.close()
        if pg.wait() != 0:
            raise RuntimeError("pg_dump failed")
    os.chmod(target, 0o600)
    return target


def prune():
    cutoff = dt.datetime.now() - dt.timedelta(days=KEEP_DAYS)
    for f in BACKUP_DIR.glob("cellar-*.sql.gz"):
        if dt.datetime.fromtimestamp(f.stat().st_mtime) < cutoff:
            f.unlink()


if __name__ == "__main__":
    print("wrote", dump())
    prune()
