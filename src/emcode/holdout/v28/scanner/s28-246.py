import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["PASSPORT_KEY_HEX"])


def encrypt_passport(number: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(KEY).encrypt(nonce, number.encode(), b"passport")
    return base64.b64encode(nonce + sealed).decode()


if __name__ == "__main__":
    print(encrypt_passport(input("Passport number: ")))
