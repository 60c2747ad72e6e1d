import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(form: Signup):
    if form.email in USERS:
        raise HTTPException(409, "already registered")
    USERS[form.email] = bcrypt.hashpw(form.password.encode(), bcrypt.gensalt(rounds=12))
    return {"ok": True}
