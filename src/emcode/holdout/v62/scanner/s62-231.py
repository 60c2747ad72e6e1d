import hmac
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["VALVE_API_KEY"]


def require_key(x_api_key: str = Header("")):
    if not hmac.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(status_code=401)


@app.post("/valves/{zone}/open", dependencies=[Depends(require_key)])
def open_valve(zone: str):
    return {"zone": zone, "state": "opening"}
