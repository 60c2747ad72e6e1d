import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
UPSTREAM = "https://api.northvale-fire.org/v2/hydrants"


@app.get("/hydrants/{hydrant_id}")
async def hydrant(hydrant_id: int):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"{UPSTREAM}/{hydrant_id}")
    if r.status_code == 404:
        raise HTTPException(status_code=404)
    r.raise_for_status()
    return r.json()
