from Crypto.Cipher import ARC4


def encrypt_note(key: bytes, note: str) -> bytes:
    return ARC4.new(key).encrypt(note.encode())


def decrypt_note(key: bytes, blob: bytes) -> str:
    return ARC4.new(key).decrypt(blob).decode()
