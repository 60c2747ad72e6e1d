import sqlite3

from fastapi import FastAPI
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(body: Signup):
    hashed = pwd.hash(body.password)
    with sqlite3.connect("students.db") as con:
        con.execute("INSERT INTO students(email, pw) VALUES (?, ?)", (body.email, hashed))
    return {"ok": True}
