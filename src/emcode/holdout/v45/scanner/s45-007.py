import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/relay")
async def relay(base: str, drone: str):
    url = f"{base.rstrip('/')}/drones/{drone}/frames"
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(url)
    return {"status": r.status_code, "body": r.text[:5000]}
