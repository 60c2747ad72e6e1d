from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.post("/stations/register-callback")
def register_callback(url: str):
    host = urlparse(url).hostname or ""
    if not host.endswith("polar-institute.no"):
        raise HTTPException(400, "callback must be on institute infrastructure")
    r = requests.post(url, json={"event": "registered"}, timeout=5)
    return {"status": r.status_code}
