import re

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()

PARTNERS = ["docks.citybike.example", "api.rideshare.example"]
HOST_RE = re.compile("|".join(PARTNERS))


@app.post("/webhooks/register")
def register_hook(url: str):
    if not HOST_RE.search(url):
        raise HTTPException(400, "webhook must be on a partner host")
    r = requests.post(url, json={"ping": True}, timeout=5)
    return {"status": r.status_code}
