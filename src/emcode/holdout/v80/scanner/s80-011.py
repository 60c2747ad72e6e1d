from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
ACCOUNTS: dict[str, str] = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/tuners/signup", status_code=201)
def signup(c: Creds):
    if c.username in ACCOUNTS:
        raise HTTPException(409, "taken")
    ACCOUNTS[c.username] = pwd.hash(c.password)
    return {"username": c.username}


@app.post("/tuners/login")
def login(c: Creds):
    stored = ACCOUNTS.get(c.username)
    if not stored or not pwd.verify(c.password, stored):
        raise HTTPException(401, "bad credentials")
    return {"ok": True}
