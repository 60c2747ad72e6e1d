import hmac
import os
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
TOKEN = os.environ["SCHEDULE_TOKEN"]
SLOTS: dict[int, str] = {}


@app.post("/slots/{slot}")
def claim(slot: int, observer: str, authorization: str = Header(...)):
    if not hmac.compare_digest(authorization, f"Bearer {TOKEN}"):
        raise HTTPException(401)
    if slot in SLOTS:
        raise HTTPException(409)
    SLOTS[slot] = observer
    return {"slot": slot, "observer": observer}
