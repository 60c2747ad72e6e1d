from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt_record(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(data, 16))
