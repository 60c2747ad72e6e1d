import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
BACKENDS = {
    "northvale": "http://northvale.stock.beecoop.internal",
    "riverside": "http://riverside.stock.beecoop.internal",
}


@app.get("/coops/{coop}/stock")
async def stock(coop: str):
    base = BACKENDS.get(coop)
    if base is None:
        raise HTTPException(status_code=404)
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"{base}/api/jars")
    return r.json()
