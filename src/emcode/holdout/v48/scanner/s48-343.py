from Crypto.Cipher import DES


def encrypt_phone(key8, phone):
    cipher = DES.new(key8, DES.MODE_ECB)
    data = phone.encode()
    pad = 8 - len(data) % 8
    return cipher.encrypt(data + bytes([pad]) * pad)
