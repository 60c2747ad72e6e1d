import secrets
import time

from fastapi import FastAPI, Response

app = FastAPI()
SESSIONS: dict[str, float] = {}


@app.post("/kiosk/session")
def new_session(response: Response):
    sid = secrets.token_hex(32)
    SESSIONS[sid] = time.time() + 900
    response.set_cookie("kiosk_sid", sid, httponly=True, secure=True, samesite="strict", max_age=900)
    return {"expires_in": 900}
