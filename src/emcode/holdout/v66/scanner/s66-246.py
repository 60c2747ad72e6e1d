from fastapi import FastAPI, HTTPException
from passlib.hash import argon2
from pydantic import BaseModel

app = FastAPI()
USERS: dict[str, str] = {}


class Creds(BaseModel):
    username: str
    password: str


@app.post("/volunteers")
def create(c: Creds):
    if c.username in USERS:
        raise HTTPException(409)
    USERS[c.username] = argon2.hash(c.password)
    return {"created": c.username}


@app.post("/volunteers/login")
def login(c: Creds):
    stored = USERS.get(c.username)
    if not stored or not argon2.verify(c.password, stored):
        raise HTTPException(401)
    return {"ok": True}
