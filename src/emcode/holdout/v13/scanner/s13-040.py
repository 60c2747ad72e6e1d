import logging
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("auth")
app = FastAPI()

class Creds(BaseModel):
    username: str
    password: str

USERS = {}

@app.post("/login")
def login(c: Creds):
    if USERS.get(c.username) != c.password:
        log.warning("failed login user=%s password=%s", c.username, c.password)
        raise HTTPException(401)
    return {"ok": True}
