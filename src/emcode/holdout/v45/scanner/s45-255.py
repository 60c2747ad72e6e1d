import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["NOTES_KEY"])


def seal(note: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, note.encode(), None)


if __name__ == "__main__":
    for line in sys.stdin:
        print(seal(line.rstrip("\n")).hex())
