#!/usr/bin/env python3
import subprocess
import sys

BRANCHES = {"central", "northside", "riverside", "mobile"}


def backup_branch(branch):
    if branch not in BRANCHES:
        raise SystemExit(f"unknown branch: {branch}")
    dest = f"/backups/catalogue-{branch}.sql.gz"
    with open(dest, "wb") as out:
        dump = subprocess.Popen(["pg_dump", f"catalogue_{branch}"], stdout=subprocess.PIPE)
        subprocess.run(["gzip"], stdin=dump.stdout, stdout=out, check=True)
        dump.stdout.close()
        if dump.wait() != 0:
            raise SystemExit("pg_dump failed")
    return dest


if __name__ == "__main__":
    for b in sys.argv[1:]:
        print("wrote", backup_branch(b))
