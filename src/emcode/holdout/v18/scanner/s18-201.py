import datetime
import os
import subprocess

BACKUP_DIR = "/var/backups/postgres"


def dump(database):
    os.umask(0o077)
    os.makedirs(BACKUP_DIR, mode=0o700, exist_ok=True)
    stamp = datetime.date.today().isoformat()
    path = os.path.join(BACKUP_DIR, f"{database}-{stamp}.sql.gz")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        dump_proc = subprocess.Popen(["pg_dump", "--", database], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-c"], stdin=dump_proc.stdout, stdout=out, check=True)
        dump_proc.wait()
    return path


if __name__ == "__main__":
    print(dump("inventory"))
