import sys

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(sys.argv[1])


def seal(note: str) -> bytes:
    return DES.new(KEY, DES.MODE_ECB).encrypt(pad(note.encode(), 8))


if __name__ == "__main__":
    for line in sys.stdin:
        print(seal(line.rstrip("\n")).hex())
