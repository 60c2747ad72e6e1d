import os
import re
from urllib.parse import quote

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
BROKER = os.environ.get("BROKER_URL", "https://broker.internal.example.com")
DEVICE_ID = re.compile(r"[A-Za-z0-9-]{3,32}")


@app.post("/devices/{device_id}/readings")
def forward(device_id: str, reading: dict):
    if not DEVICE_ID.fullmatch(device_id):
        raise HTTPException(400, "bad device id")
    url = f"{BROKER}/ingest/{quote(device_id)}"
    resp = requests.post(url, json=reading, timeout=5)
    return {"forwarded": resp.ok}
