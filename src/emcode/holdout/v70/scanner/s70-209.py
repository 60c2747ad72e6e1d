import os
import sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def encrypt_card(number):
    nonce = os.urandom(12)
    return (nonce + AESGCM(KEY).encrypt(nonce, number.encode(), None)).hex()


if __name__ == "__main__":
    print(encrypt_card(sys.argv[1]))
