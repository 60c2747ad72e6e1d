import os

import httpx
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()
WEATHER = "https://api.polarweather.example/v2/forecast"


@app.get("/stations/forecast")
async def forecast(lat: float = Query(..., ge=-90, le=90), lon: float = Query(..., ge=-180, le=180)):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(WEATHER, params={"lat": lat, "lon": lon}, headers={"X-Key": os.environ["WEATHER_KEY"]})
    if r.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    return r.json()
