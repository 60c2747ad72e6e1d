import os
import re
import sys
import shlex
import datetime


def backup(src_dir, label):
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", label):
        raise SystemExit("label must be [a-z0-9_-]")
    stamp = datetime.date.today().isoformat()
    archive = "/var/backups/%s-%s.tar.gz" % (label, stamp)
    os.system("tar czf %s %s" % (shlex.quote(archive), shlex.quote(src_dir)))
    return archive


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: backup.py SRC_DIR LABEL")
        sys.exit(2)
    print(backup(sys.argv[1], sys.argv[2]))
