from urllib.parse import urlsplit

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED = {"www.bbc.co.uk", "www.metoffice.gov.uk"}


@app.get("/preview")
def preview(url: str):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise HTTPException(status_code=400, detail="host not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=Fal