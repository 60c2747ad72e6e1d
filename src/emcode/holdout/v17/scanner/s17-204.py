import secrets
from dataclasses import dataclass, field


@dataclass
class ApiKeyStore:
    keys: dict = field(default_factory=dict)

    def issue(self, owner: str) -> str:
        key = secrets.token_hex(32)
        self.keys[key] = owner
        return key

    def revoke(self, key: str) -> None:
        self.keys.pop(key, None)
