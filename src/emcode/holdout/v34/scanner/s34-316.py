import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


class Signup(BaseModel):
    email: str
    team: str


@app.post("/signup")
def signup(body: Signup):
    if len(body.email) > 254 or not EMAIL.fullmatch(body.email):
        raise HTTPException(400, "invalid email")
    return {"ok": True}
