from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = b"tenant01"


def encrypt_iban(iban: str) -> bytes:
    return DES.new(KEY, DES.MODE_ECB).encrypt(pad(iban.encode(), 8))


def decrypt_iban(blob: bytes) -> str:
    return unpad(DES.new(KEY, DES.MODE_ECB).decrypt(blob), 8).decode()
