import base64
import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def load_key() -> bytes:
    key = base64.b64decode(os.environ["INSURANCE_KEY_B64"])
    if len(key) != 32:
        raise SystemExit("INSURANCE_KEY_B64 must decode to 32 bytes")
    return key


def encrypt_policy_number(number: str, key: bytes) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, number.encode(), b"policy")
    return base64.b64encode(nonce + ct).decode()


if __name__ == "__main__":
    print(encrypt_policy_number(sys.argv[1], load_key()))
