import argparse
import datetime
import subprocess


def dump(dbname: str, dest: str) -> int:
    stamp = datetime.date.today().isoformat()
    cmd = "pg_dump {} | gzip > {}/{}-{}.sql.gz".format(dbname, dest, dbname, stamp)
    proc = subprocess.Popen(cmd, shell=True)
    return proc.wait()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--dest", default="/backups")
    a = p.parse_args()
    raise SystemExit(dump(a.db, a.dest))
