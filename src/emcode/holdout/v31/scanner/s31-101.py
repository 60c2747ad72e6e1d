import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/geocode")
async def geocode(address: str, provider: str = "geo.internal-maps.example"):
    url = f"http://{provider}/v1/search?q={address}"
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return r.json()
