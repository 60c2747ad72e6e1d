import sys
import tarfile


def unpack_sdist(path, dest="build/src"):
    with tarfile.open(path, "r:gz") as tf:
        tf.extractall(dest)
    print("unpacked", path, "into", dest)


if __name__ == "__main__":
    unpack_sdist(sys.argv[1])
