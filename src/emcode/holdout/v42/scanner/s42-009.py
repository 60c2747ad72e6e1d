from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNER_HOSTS = {"hooks.sitepartner.org", "api.labvendor.com"}


class Hook(BaseModel):
    url: str


@app.post("/sites/{site}/webhook")
def register_hook(site: str, hook: Hook):
    parts = urlsplit(hook.url)
    if parts.scheme != "https" or (parts.hostname or "").lower() not in PARTNER_HOSTS:
        raise HTTPException(400, "webhook host not allowed")
    return {"site": site, "url": hook.url}
