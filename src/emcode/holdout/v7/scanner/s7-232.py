from cryptography.fernet import Fernet


class TokenVault:
    def __init__(self, key: bytes):
        self._f = Fernet(key)

    def seal(self, token: str) -> bytes:
        return self._f.encrypt(token.encode())

    def open(self, blob: bytes) -> str:
        return self._f.decrypt(blob, ttl=86400 * 30).decode()
