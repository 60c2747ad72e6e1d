from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad
import os

KEY = os.environ["OWNER_KEY"].encode()[:8]


def encrypt_phone(phone: str) -> bytes:
    return DES.new(KEY, DES.MODE_ECB).encrypt(pad(phone.encode(), 8))


def decrypt_phone(blob: bytes) -> str:
    return unpad(DES.new(KEY, DES.MODE_ECB).decrypt(blob), 8).decode()


if __name__ == "__main__":
    c = encrypt_phone("+44 7700 900123")
    print(c.hex(), decrypt_phone(c))
