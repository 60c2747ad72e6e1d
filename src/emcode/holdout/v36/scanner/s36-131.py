import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/port-status")
async def port_status(port_authority: str, unlocode: str):
    url = f"https://{port_authority}/api/berths/{unlocode}"
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(url)
    return r.json()
