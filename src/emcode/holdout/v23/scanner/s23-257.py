from Crypto.Cipher import DES


def seal(password, plaintext):
    key = password.encode()[:8].ljust(8, b"0")
    data = plaintext.encode()
    data += b" " * (8 - len(data) % 8)
    return DES.new(key, DES.MODE_ECB).encrypt(data)
