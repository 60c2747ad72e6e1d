import os
import sys

UPLOADS = "/srv/digsite/uploads"


def main():
    os.makedirs(UPLOADS, exist_ok=True)
    os.chmod(UPLOADS, 0o777)
    print("uploads ready at", UPLOADS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
