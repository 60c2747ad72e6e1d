import os
import sys


def backup_log(tower):
    os.system(f"tar czf /backups/{tower}.tgz /srv/lighthouse/logs/{tower}")
    print("backup done for", tower)


def main():
    if len(sys.argv) < 2:
        print("usage: backup.py TOWER")
        sys.exit(1)
    backup_log(sys.argv[1])
    # rotate old backups
    keep = 7
    for i, name in enumerate(sorted(os.listdir("/backups"), reverse=Tr