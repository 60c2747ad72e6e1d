from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_policy_number(key, policy):
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pad(policy.encode(), 8))
