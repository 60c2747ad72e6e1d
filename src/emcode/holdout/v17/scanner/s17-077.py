import os
import secrets
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
DEVICE_KEY = os.environ["DEVICE_API_KEY"]
READINGS: list[dict] = []


def require_key(x_api_key: str = Header(...)) -> None:
    if not secrets.compare_digest(x_api_key, DEVICE_KEY):
        raise HTTPException(status_code=401)


@app.post("/readings", dependencies=[Depends(require_key)])
def add_reading(sensor: str, value: float):
    READINGS.append({"sensor": sensor[:40], "value": value})
    return {"n": len(READINGS)}


@app.get("/readings/latest", dependencies=[Depends(require_key)])
def latest():
    return READINGS[-10:]
