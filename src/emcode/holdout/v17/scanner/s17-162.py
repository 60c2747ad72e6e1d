from Crypto.Cipher import ARC4


def encrypt_session(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).encrypt(data)
