import os
import secrets
from fastapi import FastAPI, Header, HTTPException, Depends

app = FastAPI()
API_KEY = os.environ["INGEST_API_KEY"]


def require_key(x_api_key: str = Header(default="")):
    if not secrets.compare_digest(x_api_key, API_KEY):
        raise HTTPException(401, "bad key")


@app.post("/ingest", dependencies=[Depends(require_key)])
def ingest(payload: dict):
    return {"accepted": len(payload)}
