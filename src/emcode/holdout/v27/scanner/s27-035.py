import hashlib
import secrets
from fastapi import FastAPI

app = FastAPI()
KEYS: dict[str, str] = {}


@app.post("/keys/{owner}")
def new_key(owner: str):
    key = secrets.token_hex(32)
    KEYS[hashlib.sha256(key.encode()).hexdigest()] = owner
    return {"key": key}
