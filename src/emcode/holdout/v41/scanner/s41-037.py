import argparse
import os

from cryptography.fernet import Fernet


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("infile")
    ap.add_argument("outfile")
    a = ap.parse_args()
    f = Fernet(os.environ["EXPORT_KEY"])
    with open(a.infile, "rb") as src:
        token = f.encrypt(src.read())
    with open(a.outfile, "wb") as dst:
        dst.write(token)


if __name__ == "__main__":
    main()
