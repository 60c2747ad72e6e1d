import sqlite3

from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

app = FastAPI()
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")


class Signup(BaseModel):
    email: str
    password: str


@app.post("/riders", status_code=201)
def create_rider(body: Signup):
    if len(body.password) < 10:
        raise HTTPException(status_code=422, detail="password too short")
    with sqlite3.connect("riders.db") as db:
        db.execute("INSERT INTO riders (email, pw_hash) VALUES (?, ?)", (body.email, pwd.hash(body.password)))
    return {"created": body.email}
