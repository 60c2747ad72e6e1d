from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNERS = {
    "hotelco": "https://api.hotelco.example",
    "carhire": "https://loyalty.carhire.example",
}


class SyncRequest(BaseModel):
    partner: str
    member_id: str


@app.post("/sync")
async def sync(req: SyncRequest):
    base = PARTNERS.get(req.partner)
    if base is None:
        raise HTTPException(status_code=400, detail="unknown partner")
    url = f"{base}/api/members/{quote(req.member_id, safe='')}/balance"
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return {"balance": r.json().get("miles")}
