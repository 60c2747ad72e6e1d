import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
CODE = re.compile(r"[A-Z]{3}-\d{4}-[A-Z0-9]{6}")
BOOKINGS = {"RNK-2026-AB12CD": {"rink": "East", "start": "18:00"}}


@app.get("/bookings/{code}")
def booking(code: str):
    if not CODE.fullmatch(code):
        raise HTTPException(422, "malformed code")
    b = BOOKINGS.get(code)
    if b is None:
        raise HTTPException(404)
    return b
