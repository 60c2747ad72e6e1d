import bcrypt
from fastapi import FastAPI

app = FastAPI()
KEYS: dict[str, bytes] = {}


@app.post("/tenants/{tenant}/keys")
def register_key(tenant: str, key: str):
    KEYS[tenant] = bcrypt.hashpw(key.encode(), bcrypt.gensalt())
    return {"tenant": tenant}
