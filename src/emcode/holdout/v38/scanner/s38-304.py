import sys
import tarfile


def main():
    archive, dest = sys.argv[1], sys.argv[2]
    with tarfile.open(archive) as tf:
        tf.extractall(dest)
    print("restored inventory backup into", dest)


if __name__ == "__main__":
    main()
