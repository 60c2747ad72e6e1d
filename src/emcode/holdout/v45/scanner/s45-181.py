import os
import sys

BASE = "/srv/garden/photos"


def read_photo(rel):
    path = os.path.join(BASE, rel)
    if not path.startswith(BASE):
        raise PermissionError(rel)
    with open(path, "rb") as fh:
        return fh.read()


if __name__ == "__main__":
    sys.stdout.buffer.write(read_photo(sys.argv[1]))
