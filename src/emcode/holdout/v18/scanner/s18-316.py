from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
ACCOUNTS = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/accounts")
def create_account(body: Signup):
    if body.email in ACCOUNTS:
        raise HTTPException(409, "exists")
    ACCOUNTS[body.email] = pwd.hash(body.password)
    return {"email": body.email}


@app.post("/accounts/verify")
def verify(body: Signup):
    stored = ACCOUNTS.get(body.email)
    return {"ok": bool(stored) and pwd.verify(body.password, stored)}
