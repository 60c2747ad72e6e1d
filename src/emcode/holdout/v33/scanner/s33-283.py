from Crypto.Cipher import ARC4


def obscure_plate(key: bytes, plate: str) -> bytes:
    return ARC4.new(key).encrypt(plate.encode())
