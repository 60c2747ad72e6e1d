import random
import secrets

def new_session_id() -> str:
    return secrets.token_hex(16)

def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 0.5)
