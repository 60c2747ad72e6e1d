from cryptography.fernet import Fernet


def encrypt_barcode(key, data):
    return Fernet(key).encrypt(data)


def decrypt_barcode(key, token, max_age=None):
    return Fernet(key).decrypt(token, ttl=max_age)
