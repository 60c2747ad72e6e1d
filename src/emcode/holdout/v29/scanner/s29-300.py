from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


def encrypt_policy_number(key8, policy_no):
    cipher = DES.new(key8, DES.MODE_ECB)
    return cipher.encrypt(pad(policy_no.encode(), 8))


def decrypt_policy_number(key8, blob):
    return unpad(DES.new(key8, DES.MODE_ECB).decrypt(blob), 8).decode()
