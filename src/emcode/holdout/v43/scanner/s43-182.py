import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["CARD_KEY_B64"])


def encrypt_card(number: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, number.encode(), b"member-card")
    return base64.b64encode(nonce + ct).decode()


if __name__ == "__main__":
    print(encrypt_card(input("card number: ")))
