import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/availability")
async def availability(region: str, dock: int):
    url = f"http://{region}.docks-internal.example/api/docks/{dock}"
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return r.json()
