import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["STATION_API_KEY"]


def require_key(x_api_key: str = Header("")):
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(401)


@app.post("/readings", dependencies=[Depends(require_key)])
def readings(payload: dict):
    return {"stored": len(payload)}
