import argparse
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_file(src, dst, key: bytes):
    cipher = DES.new(key[:8], DES.MODE_ECB)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(cipher.encrypt(pad(data, 8)))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--key", required=True)
    a = ap.parse_args()
    encrypt_file(a.src, a.dst, a.key.encode())
