import sys
import tarfile


def unpack(archive_path, dest="station_data"):
    with tarfile.open(archive_path, "r:gz") as tf:
        tf.extractall(dest, filter="data")
    print("unpacked into", dest)


if __name__ == "__main__":
    unpack(sys.argv[1])
