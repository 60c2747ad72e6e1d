import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("hosts")
app = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@app.post("/host/login")
def host_login(body: Login):
    log.info("login attempt: %s", body.model_dump())
    if not check_credentials(body.email, body.password):
        raise HTTPException(401)
    return {"ok": True}


def check_credentials(email, password):
    from .users import verify
    return verify(email, password)
