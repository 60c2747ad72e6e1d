import os
import sys


def backup_host(host):
    print("backing up", host)
    rc = os.system("rsync -az root@" + host + ":/etc/ /backups/" + host + "/")
    if rc != 0:
        print("failed", file=sys.stderr)
    return rc


def main():
    hosts = sys.argv[1:]
    failures = [h for h in hosts if backup_host(h) != 0]
    print("done: %d ok, %d fai