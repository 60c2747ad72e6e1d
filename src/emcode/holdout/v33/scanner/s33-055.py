import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SCANNER_KEY = os.environ["SCANNER_API_KEY"]


def require_key(x_api_key: str = Header(...)):
    if not secrets.compare_digest(x_api_key.encode(), SCANNER_KEY.encode()):
        raise HTTPException(status_code=401)


@app.post("/scans", dependencies=[Depends(require_key)])
def upload_scan(plate: str, lot: int):
    return {"accepted": True, "lot": lot}
