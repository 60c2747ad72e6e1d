from Crypto.Cipher import ARC4


def obscure_location(key: bytes, lat: float, lon: float) -> bytes:
    return ARC4.new(key).encrypt(f"{lat:.5f},{lon:.5f}".encode())
