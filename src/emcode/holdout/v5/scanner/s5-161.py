import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Fetch(BaseModel):
    url: str

@app.post("/fetch")
def fetch(req: Fetch):
    resp = requests.get(req.url, timeout=5)
    return {"status": resp.status_code, "len": len(resp.cont