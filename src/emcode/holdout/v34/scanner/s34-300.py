import datetime as dt
import os
import subprocess
from pathlib import Path

BACKUP_DIR = Path("/var/backups/tournaments")


def main():
    BACKUP_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    target = BACKUP_DIR / f"tournaments-{stamp}.dump"
    env = dict(os.environ, PGPASSWORD=os.environ["TOURNEY_DB_PASSWORD"])
    subprocess.run(
        ["pg_dump", "-h", "db.internal", "-U", "tourney", "-Fc", "-f", str(target), "tournaments"],
        env=env,
        check=True,
    )
    os.chmod(target, 0o600)
    print("backup written to", target)


if __name__ == "__main__":
    main()
