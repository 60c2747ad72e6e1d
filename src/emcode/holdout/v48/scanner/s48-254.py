import argparse
import tarfile


def main():
    ap = argparse.ArgumentParser(description="Unpack a survey bundle")
    ap.add_argument("bundle")
    ap.add_argument("--into", default="survey")
    a = ap.parse_args()
    with tarfile.open(a.bundle) as tar:
        tar.extractall(a.into, filter="data")
    print("unpacked into", a.into)


if __name__ == "__main__":
    main()
