import sys
import tarfile


def unpack(archive_path, dest="incoming"):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")


if __name__ == "__main__":
    unpack(sys.argv[1])
    print("unpacked", sys.argv[1])
