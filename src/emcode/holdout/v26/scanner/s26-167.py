import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS: dict[str, bytes] = {}


class Signup(BaseModel):
    username: str
    password: str


@app.post("/signup")
def signup(body: Signup):
    if body.username in USERS:
        raise HTTPException(409, "taken")
    if len(body.password) < 10:
        raise HTTPException(400, "password too short")
    USERS[body.username] = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt(rounds=12))
    return {"ok": True}


@app.post("/login")
def login(body: Signup):
    stored = USERS.get(body.username)
    if stored is None or not bcrypt.checkpw(body.password.encode(), stored):
        raise HTTPException(401, "bad credentials")
    return {"ok": True}
