import secrets

from fastapi import FastAPI, HTTPException

app = FastAPI()
RESET = {}


@app.post("/players/{handle}/reset")
def start_reset(handle: str):
    token = secrets.token_urlsafe(32)
    RESET[token] = handle
    return {"sent": True}


@app.post("/players/reset/{token}")
def finish_reset(token: str):
    handle = RESET.pop(token, None)
    if handle is None:
        raise HTTPException(400, "invalid or expi