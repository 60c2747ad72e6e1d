from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
USERS = {}


class Creds(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(c: Creds):
    if c.email in USERS:
        raise HTTPException(409, "exists")
    USERS[c.email] = pwd.hash(c.password)
    return {"ok": True}


@app.post("/login")
def login(c: Creds):
    h = USERS.get(c.email)
    if not h or not pwd.verify(c.password, h):
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
