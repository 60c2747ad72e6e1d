import argparse
import datetime as dt
import os
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Nightly clinic DB dump")
    ap.add_argument("--db", default="clinic")
    ap.add_argument("--dest", default="/var/backups/clinic")
    args = ap.parse_args()
    dest = Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    out = dest / f"{args.db}-{dt.date.today():%Y%m%d}.dump"
    env = dict(os.environ, PGPASSFILE=str(Path.home() / ".pgpass"))
    with open(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        subprocess.run(["pg_dump", "-Fc", "--dbname", args.db], stdout=fh, check=True, env=env)
    print("backup written to", out)


if __name__ == "__main__":
    main()
