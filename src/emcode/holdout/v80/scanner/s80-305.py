from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_plate(key8: bytes, plate: str) -> bytes:
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(plate.encode(), 8))
