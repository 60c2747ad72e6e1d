import os
import secrets
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["INGEST_API_KEY"]


@app.post("/ingest")
def ingest(payload: dict, x_api_key: str = Header("")):
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(401, "bad key")
    return {"accepted": len(payload)}
