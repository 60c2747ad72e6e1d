import hashlib
import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
accounts = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/bakery/accounts")
def create_account(body: Signup):
    salt = os.urandom(8).hex()
    accounts[body.email] = (salt, hashlib.sha1((salt + body.password).encode()).hexdigest())
    return {"created": body.email}
