import re
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


class Invite(BaseModel):
    email: str
    team: str


@app.post("/teams/invite")
def invite(body: Invite):
    if not EMAIL_RE.match(body.email):
        raise HTTPException(422, "invalid email")
    return {"invited": body.email, "team": body.team}
