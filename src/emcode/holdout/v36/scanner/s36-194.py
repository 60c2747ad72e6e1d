import logging

from fastapi import FastAPI, Form, HTTPException

app = FastAPI()
logger = logging.getLogger("studio.auth")


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    from .accounts import verify
    if not verify(username, password):
        logger.warning("failed login for user %r", username[:64])
        raise HTTPException(401)
    return {"ok": True}
