from cryptography.fernet import Fernet


def encrypt_record(key, data):
    return Fernet(key).encrypt(data)


def decrypt_record(key, token, max_age=None):
    return Fernet(key).decrypt(token, ttl=max_age)
