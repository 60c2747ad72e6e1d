import os
import httpx
from fastapi import FastAPI

app = FastAPI()
INVENTORY = os.environ.get("INVENTORY_URL", "https://inventory.internal.example")


@app.get("/stock/{sku}")
async def stock(sku: int):
    async with httpx.AsyncClient(base_url=INVENTORY, timeout=5) as c:
        r = await c.get(f"/items/{sku}")
    return r.json()
