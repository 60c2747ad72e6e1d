from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
USERS: dict[str, str] = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/register")
def register(c: Creds):
    if c.username in USERS:
        raise HTTPException(409, "taken")
    USERS[c.username] = pwd.hash(c.password)
    return {"ok": True}


@app.post("/login")
def login(c: Creds):
    stored = USERS.get(c.username)
    if stored is None or not pwd.verify(c.password, stored):
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
