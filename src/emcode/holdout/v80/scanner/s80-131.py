import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["GAUGE_API_KEY"]


def require_key(x_api_key: str = Header(...)):
    if not secrets.compare_digest(x_api_key, API_KEY):
        raise HTTPException(status_code=401)


@app.post("/readings", dependencies=[Depends(require_key)])
def add_reading(station: str, level_mm: float):
    return {"station": station, "level_mm": level_mm}
