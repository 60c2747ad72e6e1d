import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/brewers/lookup")
async def lookup(supplier: str, sku: str):
    url = f"https://{supplier}/catalog/items/{sku}"
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url)
    return resp.json()
