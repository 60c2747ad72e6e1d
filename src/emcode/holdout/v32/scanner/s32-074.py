import argparse
import os

from cryptography.fernet import Fernet


def main():
    ap = argparse.ArgumentParser(description="Encrypt a client document before upload")
    ap.add_argument("infile")
    ap.add_argument("outfile")
    args = ap.parse_args()
    f = Fernet(os.environ["DOC_ENCRYPTION_KEY"])
    with open(args.infile, "rb") as src, open(args.outfile, "wb") as dst:
        dst.write(f.encrypt(src.read()))


if __name__ == "__main__":
    main()
