from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
USERS: dict[str, str] = {}


class Creds(BaseModel):
    handle: str
    password: str


@app.post("/signup", status_code=201)
def signup(c: Creds):
    if c.handle in USERS:
        raise HTTPException(409)
    USERS[c.handle] = pwd.hash(c.password)
    return {"handle": c.handle}


@app.post("/login")
def login(c: Creds):
    stored = USERS.get(c.handle)
    if stored is None or not pwd.verify(c.password, stored):
        raise HTTPException(401)
    return {"ok": True}
