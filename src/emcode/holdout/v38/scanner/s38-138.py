from Crypto.Cipher import ARC4


def obscure(data, key):
    return ARC4.new(key).encrypt(data)
