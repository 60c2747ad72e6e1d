import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Hook(BaseModel):
    url: str


@app.post("/webhooks/test")
def test_hook(h: Hook):
    if "podhost.io" not in h.url:
        raise HTTPException(400, "only podhost.io endpoints")
    r = requests.post(h.url, json={"ping": True}, timeout=5)
    return {"status": r.status_code}
