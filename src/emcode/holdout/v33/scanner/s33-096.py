import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .db import users

app = FastAPI()


class Creds(BaseModel):
    email: str
    password: str


@app.post("/register")
def register(c: Creds):
    if users.exists(c.email):
        raise HTTPException(409, "exists")
    users.insert(c.email, bcrypt.hashpw(c.password.encode(), bcrypt.gensalt(rounds=12)))
    return {"ok": True}


@app.post("/login")
def login(c: Creds):
    stored = users.hash_for(c.email)
    if stored is None or not bcrypt.checkpw(c.password.encode(), stored):
        raise HTTPException(401)
    return {"ok": True}
