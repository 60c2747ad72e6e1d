import re

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
AUTHORITIES = {
    "rotterdam": "https://api.portofrotterdam.example",
    "hamburg": "https://api.hafen-hamburg.example",
}
LOCODE = re.compile(r"[A-Z]{5}")


@app.get("/port-status")
async def port_status(port_authority: str, unlocode: str):
    base = AUTHORITIES.get(port_authority)
    if base is None or not LOCODE.fullmatch(unlocode):
        raise HTTPException(400, "unknown port or bad UN/LOCODE")
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"{base}/api/berths/{unlocode}")
    return r.json()
