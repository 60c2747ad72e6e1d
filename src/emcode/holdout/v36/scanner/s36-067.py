import re

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
PARTNERS = ["api.portcall.io", "edi.maersk-partner.net"]
PARTNER_RE = re.compile("|".join(PARTNERS))


@app.post("/hooks/eta")
async def eta_hook(payload: dict, origin: str = Header(default="")):
    if not PARTNER_RE.search(origin):
        raise HTTPException(403, "unknown partner")
    return {"accepted": payload.get("vessel")}
