from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ph = PasswordHasher()
USERS: dict[str, str] = {}


class Creds(BaseModel):
    email: str
    password: str


@app.post("/register", status_code=201)
def register(c: Creds):
    if c.email in USERS:
        raise HTTPException(409)
    USERS[c.email] = ph.hash(c.password)
    return {"email": c.email}


@app.post("/login")
def login(c: Creds):
    stored = USERS.get(c.email)
    try:
        if stored is None or not ph.verify(stored, c.password):
            raise HTTPException(401)
    except VerifyMismatchError:
        raise HTTPException(401)
    return {"ok": True}
