from Crypto.Cipher import ARC4


def obscure_card_token(key, token):
    return ARC4.new(key).encrypt(token.encode())
