import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS: dict[str, bytes] = {}


class Creds(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(c: Creds):
    if c.email in USERS:
        raise HTTPException(409, "already registered")
    USERS[c.email] = bcrypt.hashpw(c.password.encode(), bcrypt.gensalt())
    return {"ok": True}


@app.post("/login")
def login(c: Creds):
    stored = USERS.get(c.email)
    if stored is None or not bcrypt.checkpw(c.password.encode(), sto