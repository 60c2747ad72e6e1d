import logging
from collections import Counter

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("interp.auth")
app = FastAPI()
attempts = Counter()


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(body: Login):
    attempts["total"] += 1
    log.info("login attempt #%d received", attempts["total"])
    raise HTTPException(501, "not wired yet")
