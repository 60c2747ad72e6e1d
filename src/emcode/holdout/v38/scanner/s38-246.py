from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
SUPPLIERS = {"hopco": "https://api.hopco.example", "maltworks": "https://catalog.maltworks.example"}


@app.get("/brewers/lookup")
async def lookup(supplier: str, sku: str):
    base = SUPPLIERS.get(supplier)
    if base is None:
        raise HTTPException(404, "unknown supplier")
    url = f"{base}/catalog/items/{quote(sku, safe='')}"
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url)
    return resp.json()
