#!/usr/bin/env python3
import gzip
import os
import subprocess
from datetime import datetime


def backup(db: str = "vetclinic", outdir: str = "/var/backups/vet") -> str:
    os.umask(0o077)
    os.makedirs(outdir, mode=0o700, exist_ok=True)
    target = os.path.join(outdir, f"{db}-{datetime.now():%Y%m%d-%H%M}.sql.gz")
    dump = subprocess.run(["pg_dump", "--no-owner", db], capture_output=True, check=True)
    with gzip.open(target, "wb") as fh:
        fh.write(dump.stdout)
    return target


if __name__ == "__main__":
    print(backup())
