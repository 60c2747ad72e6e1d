import hashlib


def sign_barcode(secret, barcode):
    return hashlib.sha1((secret + barcode).encode()).hexdigest()[:16]


def verify_barcode(secret, barcode, sig):
    return sign_barcode(secret, barcode) == sig
