from cryptography.fernet import Fernet, InvalidToken


def seal(key: bytes, plaintext: str) -> bytes:
    return Fernet(key).encrypt(plaintext.encode())


def unseal(key: bytes, token: bytes, max_age: int = 3600) -> str | None:
    try:
        return Fernet(key).decrypt(token, ttl=max_age).decode()
    except InvalidToken:
        return None
