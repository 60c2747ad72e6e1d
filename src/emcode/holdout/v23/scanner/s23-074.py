from urllib.parse import urlparse
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}


@app.get("/out")
def outbound(url: str = "/"):
    parts = urlparse(url)
    if parts.scheme in ("http", "https") and parts.hostname in ALLOWED_HOSTS:
        return RedirectResponse(url, status_code=302)
    return RedirectResponse("/", status_code=302)
