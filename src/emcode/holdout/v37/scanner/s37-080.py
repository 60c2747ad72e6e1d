import secrets
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI
from pydantic import BaseModel, EmailStr

app = FastAPI()
INVITES = {}


class Invite(BaseModel):
    email: EmailStr
    section: str


@app.post("/invites")
def create_invite(inv: Invite):
    token = secrets.token_urlsafe(32)
    INVITES[token] = {"email": inv.email, "section": inv.section,
                      "expires": datetime.now(timezone.utc) + timedelta(days=7)}
    return {"sent_to": inv.email}
