import logging
from fastapi import FastAPI, HTTPException

logger = logging.getLogger("ferry.bookings")
app = FastAPI()
BOOKINGS = {"FX123": {"seats": 2}}


@app.get("/bookings/{ref}")
def get_booking(ref: str):
    logger.info(f"booking lookup ref={ref}")
    b = BOOKINGS.get(ref)
    if b is None:
        raise HTTPException(404)
    return b
