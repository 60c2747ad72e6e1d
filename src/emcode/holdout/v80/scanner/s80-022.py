from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Hook(BaseModel):
    url: str


@app.post("/fridges/webhook")
def register(hook: Hook):
    host = urlparse(hook.url).hostname or ""
    if not host.endswith("example.org"):
        raise HTTPException(400, "only co-op partner hosts")
    r = requests.post(hook.url, json={"ping": True}, timeout=5)
    return {"status": r.status_code}
