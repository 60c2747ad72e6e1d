import logging
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("school")
app = FastAPI()
ph = PasswordHasher()
USERS: dict[str, str] = {}


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(body: Login):
    log.info("login attempt for %r", body.email)
    stored = USERS.get(body.email)
    try:
        if stored is None or not ph.verify(stored, body.password):
            raise HTTPException(401)
    except VerifyMismatchError:
        raise HTTPException(401) from None
    return {"ok": True}
