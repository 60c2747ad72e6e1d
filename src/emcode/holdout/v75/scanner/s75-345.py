from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
PARTNER = "https://api.partner-vetlab.example.com"


@app.get("/partner/samples/{sample_id}")
async def partner_sample(sample_id: str):
    async with httpx.AsyncClient(base_url=PARTNER, timeout=10) as client:
        r = await client.get(f"/samples/{quote(sample_id, safe='')}")
    if r.status_code == 404:
        raise HTTPException(404)
    r.raise_for_status()
    return r.json()
