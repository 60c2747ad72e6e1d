import datetime
import os
import subprocess
import sys


def dump(db_name: str, out_dir: str) -> str:
    stamp = datetime.date.today().isoformat()
    target = os.path.join(out_dir, f"{db_name}-{stamp}.sql")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        subprocess.run(["pg_dump", "--no-owner", "--dbname", db_name], stdout=out, check=True)
    return target


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("wrote", dump(name, os.environ.get("BACKUP_DIR", ".")))
