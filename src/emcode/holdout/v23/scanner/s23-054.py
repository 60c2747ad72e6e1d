import hashlib
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS = {}


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/register", status_code=201)
def register(c: Credentials):
    USERS[c.username] = hashlib.md5(c.password.encode()).hexdigest()
    return {"username": c.username}


@app.post("/login")
def login(c: Credentials):
    if USERS.get(c.username) != hashlib.md5(c.password.encode()).hexdigest():
        raise HTTPException(401, "invalid credentials")
    return {"ok": True}
