import re
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}")


class Invite(BaseModel):
    email: str
    team: str


@app.post("/teams/invite")
def invite(body: Invite):
    if len(body.email) > 254 or not EMAIL_RE.fullmatch(body.email):
        raise HTTPException(422, "invalid email")
    return {"invited": body.email, "team": body.team}
