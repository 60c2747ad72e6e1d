import argparse
import datetime as dt
import os
import subprocess
from pathlib import Path


def dump(db: str, out_dir: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    target = out_dir / f"{db}-{stamp}.sql.gz"
    with open(target, "wb") as fh:
        dump_proc = subprocess.Popen(["pg_dump", "--no-owner", "--dbname", db], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-c"], stdin=dump_proc.stdout, stdout=fh, check=True)
        dump_proc.wait()
    os.chmod(target, 0o600)
    return target


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--out", type=Path, default=Path("/var/backups/brewery"))
    args = ap.parse_args()
    print(dump(args.db, args.out))


if __name__ == "__main__":
    main()
