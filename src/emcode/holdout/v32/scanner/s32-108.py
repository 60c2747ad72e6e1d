from Crypto.Cipher import DES


def encrypt_card_ref(key8, data):
    pad = 8 - len(data) % 8
    data += bytes([pad]) * pad
    return DES.new(key8, DES.MODE_ECB).encrypt(data)
