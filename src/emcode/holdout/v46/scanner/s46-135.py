import httpx
from fastapi import FastAPI

app = FastAPI()
INVENTORY = "http://inventory.internal:8000"


@app.get("/proxy/item")
async def item(path: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(f"{INVENTORY}{path}")
    return r.json()
