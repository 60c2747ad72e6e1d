import json
import urllib.request
from fastapi import FastAPI, HTTPException

app = FastAPI()
REGISTRY = {"thermo-1": "10.20.0.11", "thermo-2": "10.20.0.12"}


@app.get("/devices/{device_id}/status")
def device_status(device_id: str):
    ip = REGISTRY.get(device_id)
    if ip is None:
        raise HTTPException(404, "unknown device")
    with urllib.request.urlopen(f"http://{ip}:8080/status", timeout=3) as r:
        return json.loads(r.read())
