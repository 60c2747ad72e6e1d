import hmac
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SCANNER_KEY = os.environ["GATE_SCANNER_KEY"]


def require_scanner(x_api_key: str = Header(...)):
    if not hmac.compare_digest(x_api_key.encode(), SCANNER_KEY.encode()):
        raise HTTPException(status_code=401)


@app.post("/gate/{gate_id}/scan", dependencies=[Depends(require_scanner)])
def scan(gate_id: int, barcode: str):
    from .tickets import admit
    return {"admitted": admit(gate_id, barcode)}
