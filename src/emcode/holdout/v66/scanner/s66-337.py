import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
STATIONS = {
    "NV-014": "10.20.0.14",
    "NV-022": "10.20.0.22",
    "SK-003": "10.21.0.3",
}


@app.get("/stations/{station_id}/latest")
async def latest(station_id: str):
    host = STATIONS.get(station_id)
    if host is None:
        raise HTTPException(status_code=404)
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"http://{host}:8081/api/latest")
    return r.json()
