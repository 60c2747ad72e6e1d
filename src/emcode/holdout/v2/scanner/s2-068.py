from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED = "partner.example.com"


@app.post("/register-callback")
def register(url: str):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname != ALLOWED:
        raise HTTPException(status_code=400, detail="callback must be on the partner domain")
    return {"registered": url}
