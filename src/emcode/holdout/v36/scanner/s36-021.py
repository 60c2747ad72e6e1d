import base64
import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["NOTES_KEY_B64"])


def encrypt_note(text):
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, text.encode(), b"patient-note")
    return base64.b64encode(nonce + ct).decode()


if __name__ == "__main__":
    print(encrypt_note(sys.stdin.read()))
