import secrets
import time

from fastapi import Cookie, FastAPI, Response

app = FastAPI()
SESSIONS: dict[str, dict] = {}


@app.post("/wizard/step")
def step(value: str, response: Response, sid: str | None = Cookie(default=None)):
    state = SESSIONS.get(sid or "")
    if state is None:
        sid = secrets.token_urlsafe(32)
        state = SESSIONS[sid] = {"created": time.time(), "answers": []}
        response.set_cookie("sid", sid, httponly=True, secure=True, samesite="strict")
    state["answers"].append(value[:200])
    return {"step": len(state["answers"])}
