import hashlib


def sign_fuel_receipt(secret: bytes, receipt: bytes) -> str:
    return hashlib.md5(secret + receipt).hexdigest()
