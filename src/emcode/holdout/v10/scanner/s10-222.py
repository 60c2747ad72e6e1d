from urllib.parse import urlparse
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED_HOSTS = {"www.example.com", "docs.example.com"}


@app.get("/r")
def track(url: str):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise HTTPException(400, "destination not allowed")
    return RedirectResponse(url, status_code=302)
