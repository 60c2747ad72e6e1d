import hashlib
import sqlite3
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class SignUp(BaseModel):
    username: str
    password: str


@app.post("/users")
def register(body: SignUp):
    digest = hashlib.md5(body.password.encode()).hexdigest()
    with sqlite3.connect("users.db") as conn:
        try:
            conn.execute("INSERT INTO users(username, pw) VALUES (?, ?)", (body.username, digest))
        except sqlite3.IntegrityError:
            raise HTTPException(409, "username taken")
    return {"created": body.username}
