import hashlib

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ACCOUNTS = {}


class Signup(BaseModel):
    email: str
    password: str


def kdf(email, password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), email.encode(), 150000).hex()


@app.post("/accounts")
def create_account(body: Signup):
    ACCOUNTS[body.email] = kdf(body.email, body.password)
    return {"email": body.email}


@app.post("/accounts/verify")
def verify(body: Signup):
    return {"ok": ACCOUNTS.get(body.email) == kdf(body.email, body.password)}
