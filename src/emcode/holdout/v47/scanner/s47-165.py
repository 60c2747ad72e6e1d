#!/usr/bin/env python3
"""Nightly dump of the meter database."""
import datetime
import os
import subprocess
from pathlib import Path

BACKUP_DIR = Path("/var/backups/meters")


def main():
    BACKUP_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.date.today().isoformat()
    out = BACKUP_DIR / f"meters-{stamp}.dump"
    env = dict(os.environ, PGPASSWORD=os.environ["METER_DB_PASSWORD"])
    subprocess.run(
        ["pg_dump", "-h", "db.internal", "-U", "meter_backup", "-Fc", "-f", str(out), "meters"],
        env=env,
        check=True,
    )
    os.chmod(out, 0o600)
    print("backup written:", out)


if __name__ == "__main__":
    main()
