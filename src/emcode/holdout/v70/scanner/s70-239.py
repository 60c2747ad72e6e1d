from cryptography.fernet import Fernet


def encrypt_phone(key, phone):
    return Fernet(key).encrypt(phone.encode())


def decrypt_phone(key, token):
    return Fernet(key).decrypt(token).decode()
