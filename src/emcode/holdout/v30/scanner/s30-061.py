import hashlib

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ACCOUNTS: dict[str, str] = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/applicants")
def create(body: Signup):
    salt = body.email.lower().encode()
    ACCOUNTS[body.email] = hashlib.pbkdf2_hmac("sha512", body.password.encode(), salt, 400_000).hex()
    return {"created": body.email}
