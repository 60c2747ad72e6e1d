import re

from fastapi import FastAPI

app = FastAPI()

DEVICES = ["hall-light", "kitchen-plug", "porch-cam", "garage-door", "bedroom-thermostat"]


@app.get("/devices/match")
def match_devices(pattern: str):
    rx = re.compile(pattern)
    return {"devices": [d for d in DEVICES if rx.fullmatch(d)]}
