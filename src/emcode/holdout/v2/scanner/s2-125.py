from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher


def scramble(key: bytes, data: bytes) -> bytes:
    """Encrypt data with key."""
    encryptor = Cipher(ARC4(key), mode=None).encryptor()
    return encryptor.update(data)
