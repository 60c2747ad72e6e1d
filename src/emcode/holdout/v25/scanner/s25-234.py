import logging
from fastapi import FastAPI, HTTPException

logger = logging.getLogger("ferry.bookings")
app = FastAPI()
BOOKINGS = {"FX123": {"seats": 2}}


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]


@app.get("/bookings/{ref}")
def get_booking(ref: str):
    safe_ref = clean(ref)
    logger.info("booking lookup ref=%s", safe_ref)
    b = BOOKINGS.get(ref)
    if b is None:
        raise HTTPException(404)
    return b
