import os
import jwt
from datetime import datetime, timedelta, timezone
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PRIVATE_KEY = open(os.environ["JWT_PRIVATE_KEY_FILE"]).read()


class Login(BaseModel):
    player_id: str
    otp: str


def otp_ok(player_id, otp):
    return False  # wired to the OTP service in production


@app.post("/token")
def token(body: Login):
    if not otp_ok(body.player_id, body.otp):
        raise HTTPException(401)
    now = datetime.now(timezone.utc)
    claims = {"sub": body.player_id, "iat": now, "exp": now + timedelta(minutes=30)}
    return {"access_token": jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")}
