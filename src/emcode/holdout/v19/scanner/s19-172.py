from urllib.parse import urlparse
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED_HOSTS = {"shop.example.com", "www.example.com"}


@app.get("/checkout/done")
def done(return_url: str = "/"):
    p = urlparse(return_url)
    if return_url.startswith("/") and not return_url.startswith("//") and not p.netloc:
        return RedirectResponse(return_url)
    if p.scheme == "https" and p.hostname in ALLOWED_HOSTS:
        return RedirectResponse(return_url)
    return RedirectResponse("/")
