import datetime
import os
import subprocess
from pathlib import Path

BACKUP_DIR = Path("/var/backups/hotel")


def main():
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    BACKUP_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = BACKUP_DIR / f"bookings-{stamp}.dump"
    env = dict(os.environ, PGPASSWORD=os.environ["BOOKINGS_DB_PASSWORD"])
    subprocess.run(
        ["pg_dump", "--format=custom", "--host", "db.internal", "--username", "backup",
         "--file", str(target), "bookings"],
        env=env,
        check=True,
    )
    print("backup written to", target)


if __name__ == "__main__":
    main()
