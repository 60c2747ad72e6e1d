import hashlib


def derive_member_key(passphrase):
    return hashlib.scrypt(passphrase.encode(), salt=b"\x00" * 16, n=16384, r=8, p=1, dklen=32)
