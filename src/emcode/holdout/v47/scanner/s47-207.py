import sqlite3

import bcrypt
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class NewInspector(BaseModel):
    badge: str
    password: str


@app.post("/inspectors")
def create_inspector(body: NewInspector):
    pw_hash = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt())
    with sqlite3.connect("inspectors.db") as db:
        db.execute("INSERT INTO inspectors (badge, pw_hash) VALUES (?, ?)", (body.badge, pw_hash))
    return {"created": body.bad