from Crypto.Cipher import ARC4


def encrypt_claim(key: bytes, claim: str) -> bytes:
    return ARC4.new(key).encrypt(claim.encode())
