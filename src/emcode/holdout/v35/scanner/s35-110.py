import hashlib
import os
import secrets
import sqlite3

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
DB = "keys.db"
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


def require_admin(x_admin_token: str = Header(...)):
    if not secrets.compare_digest(x_admin_token, ADMIN_TOKEN):
        raise HTTPException(status_code=403, detail="admin only")


def conn():
    c = sqlite3.connect(DB)
    try:
        yield c
    finally:
        c.close()


@app.post("/shops/{shop_id}/api-keys", status_code=201, dependencies=[Depends(require_admin)])
def create_key(shop_id: int, c: sqlite3.Connection = Depends(conn)):
    raw = "pk_" + secrets.token_urlsafe(32)
    digest = hashlib.sha256(raw.encode()).hexdigest()
    with c:
        c.execute("INSERT INTO api_keys (shop_id, key_sha256) VALUES (?, ?)", (shop_id, digest))
    return {"api_key": raw, "note": "store this now, it will not be shown again"}


@app.get("/shops/me")
def whoami(x_api_key: str = Header(...), c: sqlite3.Connection = Depends(conn)):
    digest = hashlib.sha256(x_api_key.encode()).hexdigest()
    row = c.execute("SELECT shop_id FROM api_keys WHERE key_sha256 = ?", (digest,)).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="unknown key")
    return {"shop_id": row[0]}
