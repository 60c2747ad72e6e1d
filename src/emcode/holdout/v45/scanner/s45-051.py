import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
STATIONS = {
    "north": "https://north.base.cargodrone.example",
    "south": "https://south.base.cargodrone.example",
}


@app.get("/relay")
async def relay(station: str, drone: int):
    base = STATIONS.get(station)
    if base is None:
        raise HTTPException(404, "unknown station")
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"{base}/drones/{drone}/frames")
    return {"status": r.status_code, "body": r.text[:5000]}
