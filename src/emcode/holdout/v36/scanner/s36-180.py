import re

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
TRACK = "https://api.carrier.example/v2/track/"


@app.get("/tracking/preview")
def preview(bol: str):
    if not re.fullmatch(r"[A-Z0-9]{8,16}", bol):
        raise HTTPException(400)
    r = requests.get(TRACK + bol, timeout=8)
    return {"status": r.status_code, "events": r.json().get("ev