import os
import secrets
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]

@app.post("/admin/flush")
def flush(x_admin_token: str = Header("")):
    if not secrets.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        raise HTTPException(403)
    return {"flushed": True}
