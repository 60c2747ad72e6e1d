from Crypto.Cipher import ARC4


def obfuscate(key, payload):
    return ARC4.new(key).encrypt(payload)
