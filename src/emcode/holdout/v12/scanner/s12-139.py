import argparse
import getpass
import hashlib
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_file(src, dst, password):
    key = hashlib.sha1(password).digest()[:16]
    cipher = AES.new(key, AES.MODE_ECB)
    with open(src, "rb") as fh:
        ct = cipher.encrypt(pad(fh.read(), 16))
    with open(dst, "wb") as fh:
        fh.write(ct)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()
    encrypt_file(args.src, args.dst, getpass.getpass("passphrase: ").encode())


if __name__ == "__main__":
    main()
