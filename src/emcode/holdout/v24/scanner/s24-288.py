#!/usr/bin/env python3
import gzip
import os
import subprocess
from datetime import datetime


def backup(db="vetclinic", outdir="/var/backups/vet"):
    os.makedirs(outdir, exist_ok=True)
    target = os.path.join(outdir, "%s-%s.sql.gz" % (db, datetime.now().strftime("%Y%m%d-%H%M")))
    dump = subprocess.run(["pg_dump", db], capture_output=True, check=True)
    with gzip.open(target, "wb") as fh:
        fh.write(dump.stdout)
    os.chmod(target, 0o666)
    return target


if __name__ == "__main__":
    print(backup())
