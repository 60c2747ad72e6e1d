from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ph = PasswordHasher()
USERS: dict[str, str] = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/signup", status_code=201)
def signup(c: Creds):
    if c.username in USERS:
        raise HTTPException(409, "taken")
    USERS[c.username] = ph.hash(c.password)
    return {"ok": True}


@app.post("/login")
def login(c: Creds):
    try:
        ph.verify(USERS.get(c.username, ""), c.password)
    except (VerifyMismatchError, Exception):
        raise HTTPException(401, "bad credentials")
    return {"ok": True}
