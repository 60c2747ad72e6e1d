import hashlib


def sign_voucher(secret, voucher_code):
    return hashlib.md5(secret + voucher_code.encode()).hexdigest()
