import os
import sys

from cryptography.fernet import Fernet


def main():
    f = Fernet(os.environ["NOTES_KEY"].encode())
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, "rb") as fh:
        token = f.encrypt(fh.read())
    with open(dst, "wb") as fh:
        fh.write(token)


if __name__ == "__main__":
    main()
