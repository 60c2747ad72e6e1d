import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


KEY = os.environ.get("INSURANCE_KEY", "k3y!2024").encode()[:8]


def encrypt_policy_number(number: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(number.encode(), 8))).decode()


if __name__ == "__main__":
    import sys
    print(encrypt_policy_number(sys.argv[1]))
