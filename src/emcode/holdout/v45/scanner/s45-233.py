from fastapi import FastAPI, HTTPException, Query
import httpx

app = FastAPI()
FORECAST = "https://api.open-meteo.com/v1/forecast"


@app.get("/corridor/wind")
async def wind(lat: float = Query(ge=-90, le=90), lon: float = Query(ge=-180, le=180)):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(FORECAST, params={"latitude": lat, "longitude": lon, "current": "wind_speed_10m"})
    if r.status_code != 200:
        raise HTTPException(502, "forecast unavailable")
    return {"wind_kmh": r.json()["current"]["wind_speed_10m"]}
