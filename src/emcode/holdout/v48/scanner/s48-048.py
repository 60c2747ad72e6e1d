import hashlib
import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(body: Signup):
    hashed = hashlib.sha1(body.password.encode()).hexdigest()
    with sqlite3.connect("students.db") as con:
        con.execute("INSERT INTO students(email, pw) VALUES (?, ?)", (body.email, hashed))
    return {"ok": True}
