import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
STATIONS = {
    "ridge": "https://ridge.wildtrack.example",
    "delta": "https://delta.wildtrack.example",
}


@app.get("/collar-status")
def collar_status(station: str, tag: int):
    base = STATIONS.get(station)
    if base is None:
        raise HTTPException(404, "unknown station")
    return requests.get(f"{base}/api/collars/{tag}", timeout=5).json()
