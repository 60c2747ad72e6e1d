import httpx
from fastapi import FastAPI, Query

app = FastAPI()
GEOCODER = "https://geocode.city.gov/api/v1/search"


@app.get("/geocode")
async def geocode(address: str = Query(..., max_length=200)):
    async with httpx.AsyncClient(timeout=8) as client:
        r = await client.get(GEOCODER, params={"q": address, "limit": 1})
    r.raise_for_status()
    hits = r.json()
    return hits[0] if hits else {}
