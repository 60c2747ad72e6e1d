import os
import sys
import datetime


def backup(src_dir, label):
    stamp = datetime.date.today().isoformat()
    archive = "/var/backups/%s-%s.tar.gz" % (label, stamp)
    os.system("tar czf " + archive + " " + src_dir)
    return archive


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: backup.py SRC_DIR LABEL")
        sys.exit(2)
    print(backup(sys.argv[1], sys.argv[2]))
