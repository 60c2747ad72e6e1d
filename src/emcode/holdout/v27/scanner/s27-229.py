import logging
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("school")
app = FastAPI()
USERS = {}


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(body: Login):
    log.info("login attempt %s", body.dict())
    if USERS.get(body.email) != body.password:
        raise HTTPException(401)
    return {"ok": True}
