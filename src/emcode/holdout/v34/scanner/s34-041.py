import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


class Signup(BaseModel):
    email: str
    team: str


@app.post("/signup")
def signup(body: Signup):
    if not EMAIL.match(body.email):
        raise HTTPException(400, "invalid email")
    return {"ok": True}
