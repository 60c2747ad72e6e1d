import hmac
import os
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
DEVICE_SECRETS = {d: os.environ[f"DEV_{d.upper()}_SECRET"] for d in ("th01", "th02")}
_DUMMY = "x" * 32


@app.post("/telemetry/{device}")
def telemetry(device: str, payload: dict, x_device_secret: str = Header(default="")):
    expected = DEVICE_SECRETS.get(device, _DUMMY)
    if not hmac.compare_digest(x_device_secret, expected) or device not in DEVICE_SECRETS:
        raise HTTPException(401)
    return {"stored": len(payload)}
