from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ph = PasswordHasher()
USERS: dict[str, str] = {}


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/register", status_code=201)
def register(c: Credentials):
    if c.username in USERS:
        raise HTTPException(409, "taken")
    USERS[c.username] = ph.hash(c.password)
    return {"username": c.username}


@app.post("/login")
def login(c: Credentials):
    stored = USERS.get(c.username)
    try:
        ph.verify(stored or "", c.password)
    except (VerifyMismatchError, Exception):
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
