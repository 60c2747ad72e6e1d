import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = "https://api.tides.example.org/v1/stations/"


@app.get("/tides/{station}")
def tides(station: str):
    if not station.isalnum():
        raise HTTPException(status_code=400, detail="bad station")
    r = requests.get(BASE + station, timeout=5)
    r.raise_for_status()
    data = r.json()
    return {"station": station, "high": data.get("high"), "low": data.g