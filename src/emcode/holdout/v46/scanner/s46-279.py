import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("interp.auth")
app = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(body: Login):
    log.info("login attempt: email=%s password=%s", body.email, body.password)
    raise HTTPException(501, "not wired yet")
