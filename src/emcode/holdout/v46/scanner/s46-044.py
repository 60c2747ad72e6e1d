from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = "polar-institute.no"


@app.post("/stations/register-callback")
def register_callback(url: str):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == BASE or host.endswith("." + BASE)):
        raise HTTPException(400, "callback must be on institute infrastructure")
    r = requests.post(url, json={"event": "registered"}, timeout=5, allow_redirects=False)
    return {"status": r.status_code}
