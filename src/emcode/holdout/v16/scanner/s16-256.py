import hashlib
import hmac
import secrets


class ApiKeyStore:
    def __init__(self):
        self._digests: dict[str, bytes] = {}

    def issue(self, client: str) -> str:
        key = secrets.token_urlsafe(32)
        self._digests[client] = hashlib.sha256(key.encode()).digest()
        return key

    def check(self, client: str, key: str) -> bool:
        digest = hashlib.sha256(key.encode()).digest()
        stored = self._digests.get(client, b"\0" * 32)
        return hmac.compare_digest(stored, digest)
