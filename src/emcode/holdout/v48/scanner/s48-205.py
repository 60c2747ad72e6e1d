import sys

from Crypto.Cipher import ARC4

KEY = b"trench-notes-key"


def main():
    src, dst = sys.argv[1], sys.argv[2]
    cipher = ARC4.new(KEY)
    with open(src, "rb") as fh:
        data = cipher.encrypt(fh.read())
    with open(dst, "wb") as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
