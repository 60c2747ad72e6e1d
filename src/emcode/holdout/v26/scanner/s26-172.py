import logging
from fastapi import FastAPI, Form, HTTPException

app = FastAPI()
log = logging.getLogger("proctor")


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    from .auth import check
    if not check(username, password):
        log.warning("failed login for user " + username)
        raise HTTPException(401)
    token = issue(usern
