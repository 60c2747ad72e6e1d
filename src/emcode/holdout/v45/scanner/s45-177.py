import os
import sys

from cryptography.fernet import Fernet


def main():
    f = Fernet(os.environ["EXPORT_KEY"].encode())
    data = sys.stdin.buffer.read()
    sys.stdout.buffer.write(f.encrypt(data))


if __name__ == "__main__":
    main()
