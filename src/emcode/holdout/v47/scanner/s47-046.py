import os

import httpx
from fastapi import FastAPI, Query

app = FastAPI()
WEATHER_API = "https://api.weather-service.example.com/v3/forecast"


@app.get("/vineyard/frost-risk")
async def frost_risk(lat: float = Query(..., ge=-90, le=90), lon: float = Query(..., ge=-180, le=180)):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(WEATHER_API, params={"lat": lat, "lon": lon, "key": os.environ["WEATHER_KEY"]})
        r.raise_for_status()
    lows = [d["min_c"] for d in r.json()["daily"][:5]]
    return {"min_forecast_c": min(lows), "frost_risk": min(lows) <= 0.5}
