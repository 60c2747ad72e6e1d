import hashlib
import secrets


class ApiKeyStore:
    def __init__(self):
        self._digests = {}

    def issue(self, client: str) -> str:
        key = secrets.token_urlsafe(32)
        self._digests[client] = hashlib.new("sha1", key.encode()).hexdigest()
        return key

    def check(self, client: str, key: str) -> bool:
        digest = hashlib.new("sha1", key.encode()).hexdigest()
        return self._digests.get(client) == digest
