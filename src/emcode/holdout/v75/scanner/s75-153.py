import argparse
import tarfile


def unpack(bundle, dest):
    with tarfile.open(bundle) as tar:
        tar.extractall(dest, filter="data")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="Unpack a lab instrument export received from a clinic")
    p.add_argument("bundle")
    p.add_argument("--dest", default="/srv/vetlab/instrument")
    a = p.parse_args()
    unpack(a.bundle, a.dest)
