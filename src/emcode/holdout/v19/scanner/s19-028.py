import tarfile
import tempfile
import sys


def unpack_dataset(archive_path, dest):
    with tarfile.open(archive_path, "r:*") as tar:
        names = tar.getnames()
        tar.extractall(dest)
    return names


if __name__ == "__main__":
    out = tempfile.mkdtemp(prefix="ds-")
    for n in unpack_dataset(sys.argv[1], out):
        print(n)
