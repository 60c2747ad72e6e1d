import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather")
async def weather(station: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(f"http://{station}/api/current")
    return r.json()
