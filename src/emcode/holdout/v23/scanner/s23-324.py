import logging
from fastapi import FastAPI, Form

app = FastAPI()
log = logging.getLogger("game.auth")


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    log.info("login attempt for %r", username[:64])
    ok = verify(username, pass