import argparse
import datetime
import gzip
import os
import re
import shutil
import subprocess

HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def backup(host: str, database: str, dest: str) -> str:
    if not HOST_RE.match(host) or not database.isidentifier():
        raise SystemExit("invalid host or database name")
    stamp = datetime.date.today().isoformat()
    target = os.path.join(dest, f"{database}-{stamp}.sql.gz")
    proc = subprocess.Popen(["pg_dump", "-h", host, "--", database], stdout=subprocess.PIPE)
    with gzip.open(target, "wb") as out:
        shutil.copyfileobj(proc.stdout, out)
    if proc.wait() != 0:
        raise SystemExit("pg_dump failed")
    return target


def main() -> None:
    p = argparse.ArgumentParser(description="Nightly clinic DB backup")
    p.add_argument("--host", default="localhost")
    p.add_argument("--db", default="clinic")
    p.add_argument("--dest", default="/var/backups/clinic")
    a = p.parse_args()
    print("written", backup(a.host, a.db, a.dest))


if __name__ == "__main__":
    main()
