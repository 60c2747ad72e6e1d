import os
import secrets
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.post("/admin/reindex")
def reindex(x_admin_token: str = Header(default="")):
    if not secrets.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        raise HTTPException(status_code=403)
    return {"status": "queued"}
