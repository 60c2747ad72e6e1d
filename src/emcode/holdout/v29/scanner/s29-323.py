from argon2 import PasswordHasher
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS: dict[str, str] = {}
ph = PasswordHasher()


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/register")
def register(c: Credentials):
    if c.username in USERS:
        raise HTTPException(status_code=409)
    USERS[c.username] = ph.hash(c.password)
    return {"ok": True}
