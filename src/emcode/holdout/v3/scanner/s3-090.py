from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = open("/etc/app/aes.key", "rb").read()


def encrypt_record(plaintext: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return cipher.encrypt(pad(plaintext, AES.block_size))


def decrypt_record(blob: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return unpad(cipher.decrypt(blob), AES.block_size)
