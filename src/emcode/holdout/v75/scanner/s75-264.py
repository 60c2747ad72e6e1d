import requests
from flask import Flask, request

app = Flask(__name__)
NOMINATIM = "https://nominatim.openstreetmap.org/search"


@app.get("/nearest-stop")
def nearest_stop():
    address = request.args.get("address", "")
    r = requests.get(
        NOMINATIM,
        params={"q": address, "format": "json", "limit": 1},
        headers={"User-Agent": "regionbus-journey-planner/1.0"},
        timeout=10,
    )
    r.raise_for_status()
    hits = r.json()
    if not hits:
        return {"error": "address not found"}, 404
    return {"lat": float(hits[0]["lat"]), "lon": float(hits[0]["lon"])}
