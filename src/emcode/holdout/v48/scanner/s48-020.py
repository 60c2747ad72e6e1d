import secrets
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI

app = FastAPI()
INVITES: dict[str, datetime] = {}


@app.post("/lessons/invite")
def new_invite():
    code = secrets.token_hex(8)
    INVITES[code] = datetime.now(timezone.utc) + timedelta(hours=24)
    return {"code": code, "expires": INVITES[code].isoformat()}
