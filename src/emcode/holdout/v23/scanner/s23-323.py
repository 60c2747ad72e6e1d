import logging
from fastapi import FastAPI, Form

app = FastAPI()
log = logging.getLogger("game.auth")


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    log.info("login attempt: " + username)
    ok = verify(username, password)
    if not ok:
        log.warning("bad password for %s", usern