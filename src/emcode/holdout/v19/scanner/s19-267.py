from Crypto.Cipher import ARC4


def encrypt_token(key: bytes, token: bytes) -> bytes:
    return ARC4.new(key).encrypt(token)
