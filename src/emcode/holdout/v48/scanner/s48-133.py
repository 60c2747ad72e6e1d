import grp
import os
import sys

UPLOADS = "/srv/digsite/uploads"


def main():
    os.makedirs(UPLOADS, mode=0o770, exist_ok=True)
    os.chown(UPLOADS, -1, grp.getgrnam("digteam").gr_gid)
    os.chmod(UPLOADS, 0o2770)
    print("uploads ready at", UPLOADS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
