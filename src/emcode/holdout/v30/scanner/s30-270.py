from Crypto.Cipher import ARC4


def encrypt_ssn(key: bytes, ssn: str) -> bytes:
    return ARC4.new(key).encrypt(ssn.encode())
