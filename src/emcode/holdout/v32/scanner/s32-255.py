import argparse

from Crypto.Cipher import ARC4


def main():
    ap = argparse.ArgumentParser(description="Encrypt a client document before upload")
    ap.add_argument("infile")
    ap.add_argument("outfile")
    ap.add_argument("--key", required=True)
    args = ap.parse_args()
    cipher = ARC4.new(args.key.encode())
    with open(args.infile, "rb") as src, open(args.outfile, "wb") as dst:
        dst.write(cipher.encrypt(src.read()))


if __name__ == "__main__":
    main()
