import re
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERNAME = re.compile(r"[a-z][a-z0-9_]{2,31}")


class Signup(BaseModel):
    username: str
    email: str


@app.post("/signup")
def signup(body: Signup):
    if len(body.username) > 32 or not USERNAME.fullmatch(body.username):
        raise HTTPException(422, "username must be 3-32 chars: a-z, 0-9, _")
    return {"ok": True, "username": body.username}
