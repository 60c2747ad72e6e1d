import argparse
import datetime as dt
import os
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Nightly dump of the enforcement database")
    ap.add_argument("--out-dir", type=Path, default=Path("/var/backups/enforcement"))
    ap.add_argument("--db", default="enforcement")
    args = ap.parse_args()

    args.out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = args.out_dir / f"{args.db}-{dt.date.today():%Y%m%d}.dump"
    env = dict(os.environ)
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(target), "--dbname", args.db],
        check=True,
        env=env,
    )
    os.chmod(target, 0o600)
    print(f"dumped {args.db} to {target}")


if __name__ == "__main__":
    main()
