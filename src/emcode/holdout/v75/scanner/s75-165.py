from Crypto.Cipher import ARC4


def obscure_member_notes(key: bytes, notes: str) -> bytes:
    return ARC4.new(key).encrypt(notes.encode())
