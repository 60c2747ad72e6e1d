import base64
import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def main():
    key = bytes.fromhex(os.environ["CARD_KEY"])
    card = sys.argv[1].encode()
    nonce = os.urandom(12)
    token = nonce + AESGCM(key).encrypt(nonce, card, b"pass-card")
    print(base64.b64encode(token).decode())


if __name__ == "__main__":
    main()
