import hashlib


def sign_voucher(secret, code):
    return hashlib.md5(secret.encode() + code.encode()).hexdigest()
