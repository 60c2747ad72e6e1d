from Crypto.Cipher import ARC4


def obscure_card_number(card, key):
    return ARC4.new(key).encrypt(card.encode()).hex()
