from Crypto.Cipher import DES


def encrypt_participant_id(key8: bytes, pid: str) -> bytes:
    data = pid.encode().ljust(16, b" ")
    return DES.new(key8, DES.MODE_ECB).encrypt(data)
