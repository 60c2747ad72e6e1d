import httpx
from fastapi import FastAPI

app = FastAPI()

GEOCODER = "https://geo.internal-maps.example/v1/search"


@app.get("/geocode")
async def geocode(address: str):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(GEOCODER, params={"q": address[:200]})
    r.raise_for_status()
    return r.json()
