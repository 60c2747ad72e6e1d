import os
import secrets
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
KIOSK_KEY = os.environ["KIOSK_KEY"]


def kiosk_auth(x_kiosk_key: str = Header(...)):
    if not secrets.compare_digest(x_kiosk_key, KIOSK_KEY):
        raise HTTPException(status_code=401)


@app.post("/kiosk/heartbeat", dependencies=[Depends(kiosk_auth)])
def heartbeat():
    return {"ok": True}
