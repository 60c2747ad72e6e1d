import argparse
import os

from Crypto.Cipher import ARC4


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("infile")
    ap.add_argument("outfile")
    a = ap.parse_args()
    key = bytes.fromhex(os.environ["EXPORT_KEY_HEX"])
    with open(a.infile, "rb") as fh:
        data = fh.read()
    with open(a.outfile, "wb") as fh:
        fh.write(ARC4.new(key).encrypt(data))


if __name__ == "__main__":
    main()
