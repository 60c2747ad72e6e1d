import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
REGIONS = {
    "north": "https://north.docks-internal.example",
    "south": "https://south.docks-internal.example",
}


@app.get("/availability")
async def availability(region: str, dock: int):
    base = REGIONS.get(region)
    if base is None:
        raise HTTPException(404, "unknown region")
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"{base}/api/docks/{dock}")
    return r.json()
