#!/usr/bin/env python3
import subprocess
import sys


def backup_branch(branch):
    dest = f"/backups/catalogue-{branch}.sql.gz"
    subprocess.call("pg_dump catalogue_" + branch + " | gzip > " + dest, shell=True)
    return dest


if __name__ == "__main__":
    for b in sys.argv[1:]:
        print("wrote", backup_branch(b))
