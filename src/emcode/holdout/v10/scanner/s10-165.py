import random
import secrets
import time


class ApiKeyFactory:
    def new_key(self, owner: str) -> dict:
        return {"owner": owner, "key": secrets.token_hex(16)}

    def backoff(self, attempt: int) -> None:
        time.sleep(min(30, 2 ** attempt) + random.uniform(0, 0.5))
