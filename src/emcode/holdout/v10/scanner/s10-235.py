import argparse
import datetime
import re
import shlex
import subprocess


def dump(dbname: str, dest: str) -> int:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,62}", dbname):
        raise SystemExit("database name must be lowercase letters, digits, underscore")
    stamp = datetime.date.today().isoformat()
    out = f"{dest}/{dbname}-{stamp}.sql.gz"
    cmd = f"pg_dump {shlex.quote(dbname)} | gzip > {shlex.quote(out)}"
    return subprocess.run(["/bin/sh", "-c", cmd]).returncode


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--dest", default="/backups")
    a = p.parse_args()
    raise SystemExit(dump(a.db, a.dest))
