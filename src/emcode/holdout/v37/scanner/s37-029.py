from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ph = PasswordHasher()
PILOTS = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/pilots/register")
def register(c: Creds):
    if c.username in PILOTS:
        raise HTTPException(409, "exists")
    PILOTS[c.username] = ph.hash(c.password)
    return {"ok": True}


@app.post("/pilots/login")
def login(c: Creds):
    try:
        ph.verify(PILOTS.get(c.username, ""), c.password)
    except (VerifyMismatchError, Exception):
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
