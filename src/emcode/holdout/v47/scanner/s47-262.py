#!/usr/bin/env python3
import argparse
import os
import sys

from cryptography.fernet import Fernet, InvalidToken


def main():
    ap = argparse.ArgumentParser(description="Encrypt or decrypt a client record export")
    ap.add_argument("mode", choices=["enc", "dec"])
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()

    f = Fernet(os.environ["STUDIO_RECORDS_KEY"].encode())
    with open(args.src, "rb") as fh:
        data = fh.read()
    try:
        out = f.encrypt(data) if args.mode == "enc" else f.decrypt(data)
    except InvalidToken:
        sys.exit("wrong key or corrupted file")
    with open(args.dst, "wb") as fh:
        fh.write(out)


if __name__ == "__main__":
    main()
