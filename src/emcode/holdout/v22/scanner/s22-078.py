import hashlib


def derive_key(passphrase: str, salt: bytes = b"\x00" * 16) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
