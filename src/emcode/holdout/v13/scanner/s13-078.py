import logging, hmac
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("auth")
app = FastAPI()
USERS: dict[str, str] = {}

class Creds(BaseModel):
    username: str
    password: str

@app.post("/login")
def login(c: Creds):
    stored = USERS.get(c.username, "")
    if not hmac.compare_digest(stored.encode(), c.password.encode()) or not stored:
        log.warning("failed login user=%r", c.username)
        raise HTTPException(401)
    return {"ok": True}
