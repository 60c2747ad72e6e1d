import logging
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger(__name__)


class Login(BaseModel):
    username: str
    password: str


@app.post("/login")
def login(body: Login):
    log.info("login attempt: %s", body.dict())
    if body.username == "admin" and len(body.password) > 8:
        return {"ok": True}
    log.warning("bad password %s for %s", body.password, body.username)
    return {"ok": False}
