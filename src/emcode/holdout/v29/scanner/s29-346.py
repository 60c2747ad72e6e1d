import fnmatch

from fastapi import FastAPI, HTTPException

app = FastAPI()

DEVICES = ["hall-light", "kitchen-plug", "porch-cam", "garage-door", "bedroom-thermostat"]


@app.get("/devices/match")
def match_devices(pattern: str):
    if len(pattern) > 40:
        raise HTTPException(status_code=400, detail="pattern too long")
    return {"devices": [d for d in DEVICES if fnmatch.fnmatchcase(d, pattern)]}
