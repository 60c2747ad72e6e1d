import requests
from fastapi import FastAPI

app = FastAPI()
BASE = "https://api.flighttracker.example.com/v2"


@app.get("/drones/{drone_id}/position")
def position(drone_id: int):
    r = requests.get(f"{BASE}/drones/{drone_id}/position", timeout=5)
    r.raise_for_status()
    data = r.json()
    return {"lat": data["lat"], "lon": data["lo