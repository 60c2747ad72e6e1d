import sqlite3
from argon2 import PasswordHasher
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ph = PasswordHasher()


class SignUp(BaseModel):
    username: str
    password: str


@app.post("/users")
def register(body: SignUp):
    digest = ph.hash(body.password)
    with sqlite3.connect("users.db") as conn:
        try:
            conn.execute("INSERT INTO users(username, pw) VALUES (?, ?)", (body.username, digest))
        except sqlite3.IntegrityError:
            raise HTTPException(409, "username taken")
    return {"created": body.username}
