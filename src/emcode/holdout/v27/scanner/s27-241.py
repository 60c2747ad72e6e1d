import hmac
import os
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
KEY = os.environ["INGEST_KEY"]


def require_key(x_api_key: str = Header(...)) -> None:
    if not hmac.compare_digest(x_api_key, KEY):
        raise HTTPException(status_code=401)


@app.post("/readings", dependencies=[Depends(require_key)])
def ingest(reading: dict):
    return {"stored": True, "fields": sorted(reading)}
