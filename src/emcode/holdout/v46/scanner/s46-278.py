from Crypto.Cipher import ARC4


def encrypt_card(key, card_number):
    return ARC4.new(key).encrypt(card_number.encode())
