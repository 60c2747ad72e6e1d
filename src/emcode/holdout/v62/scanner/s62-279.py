import os
import re
import subprocess
import sys

TOWER = re.compile(r"[a-z0-9-]{1,32}")


def backup_log(tower):
    if not TOWER.fullmatch(tower):
        raise SystemExit("bad tower name")
    subprocess.run(["tar", "czf", f"/backups/{tower}.tgz", f"/srv/lighthouse/logs/{tower}"], check=True)
    print("backup done for", tower)


def main():
    if len(sys.argv) < 2:
        print("usage: backup.py TOWER")
        sys.exit(1)
    backup_log(sys.argv[1])
    keep = 7
    for i, name in enumerate(sorted(os.listd