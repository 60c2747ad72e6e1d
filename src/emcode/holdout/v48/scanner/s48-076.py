import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/coops/{coop}/stock")
async def stock(coop: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(f"http://{coop}.stock.beecoop.internal/api/jars")
    return r.json()
