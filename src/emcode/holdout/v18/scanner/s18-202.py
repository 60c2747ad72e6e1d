import datetime
import os
import subprocess

BACKUP_DIR = "/var/backups/postgres"


def finalize(path, mode=0o666):
    os.chmod(path, mode)


def dump(database):
    os.makedirs(BACKUP_DIR, exist_ok=True)
    stamp = datetime.date.today().isoformat()
    path = os.path.join(BACKUP_DIR, f"{database}-{stamp}.sql")
    with open(path, "wb") as out:
        subprocess.run(["pg_dump", "--", database], stdout=out, check=True)
    finalize(path)
    return path


if __name__ == "__main__":
    print(dump("inventory"))
