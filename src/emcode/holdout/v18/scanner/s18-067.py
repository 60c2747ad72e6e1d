import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("auth")
app = FastAPI()


class Login(BaseModel):
    username: str
    password: str


def verify(username, password):
    return False


@app.post("/login")
def login(body: Login):
    log.info("login attempt user=%r", body.username[:64])
    if not verify(body.username, body.password):
        log.warning("login failed user=%r", body.username[:64])
        raise HTTPException(401)
    return {"ok": True}
