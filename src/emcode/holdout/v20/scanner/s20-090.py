import os
import secrets


class ApiGuard:
    def __init__(self):
        self.key = os.environ["SERVICE_API_KEY"]

    def allow(self, presented: str) -> bool:
        return secrets.compare_digest(presented.encode(), self.key.encode())
