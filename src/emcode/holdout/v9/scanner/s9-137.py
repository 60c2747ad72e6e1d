import hashlib
from fastapi import FastAPI

app = FastAPI()
KEYS = {}


@app.post("/tenants/{tenant}/keys")
def register_key(tenant: str, key: str):
    KEYS[tenant] = hashlib.pbkdf2_hmac("sha256", key.encode(), tenant.encode(), 100_000).hex()
    return {"tenant": tenant}
