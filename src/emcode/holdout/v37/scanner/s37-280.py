import os
from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
PARTNER = "https://api.repairshop-network.example.com"


@app.get("/claims/{claim_ref}/repair-quote")
async def repair_quote(claim_ref: str):
    url = f"{PARTNER}/quotes/{quote(claim_ref, safe='')}"
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(url, headers={"Authorization": f"Bearer {os.environ['PARTNER_TOKEN']}"})
    if r.status_code == 404:
        raise HTTPException(404, "no quote yet")
    r.raise_for_status()
    return r.json()
