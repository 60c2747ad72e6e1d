from Crypto.Cipher import ARC4


def encrypt_export(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).encrypt(data)
