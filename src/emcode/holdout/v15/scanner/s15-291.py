import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
COMPANY_DOMAINS = ["acme.io", "acme-labs.co.uk"]
DOMAIN_RE = re.compile(r"[A-Za-z0-9._%+-]+@(?:" + "|".join(re.escape(d) for d in COMPANY_DOMAINS) + r")")


class Invite(BaseModel):
    email: str


@app.post("/invites")
def invite(body: Invite):
    if not DOMAIN_RE.fullmatch(body.email):
        raise HTTPException(403, "only company addresses may be invited")
    return {"invited": body.email}
