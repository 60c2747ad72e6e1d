import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/stations/{host}/latest")
async def latest(host: str):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"http://{host}:8081/api/latest")
    return r.json()
