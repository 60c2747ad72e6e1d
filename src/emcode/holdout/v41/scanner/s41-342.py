import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
KIOSK_KEY = os.environ["KIOSK_KEY"]


def kiosk_auth(x_kiosk_key: str = Header(...)):
    if x_kiosk_key == KIOSK_KEY:
        return True
    raise HTTPException(status_code=401)


@app.post("/kiosk/checkout/{isbn}")
def checkout(isbn: str, ok: bool = Depends(kiosk_auth)):
    return {"isbn": isbn, "status": "checked out"}
