import uuid

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
BOOKINGS = {}


class Booking(BaseModel):
    member: str
    boat: str
    start_at: str


@app.post("/bookings")
def create(b: Booking):
    ref = uuid.uuid4().hex
    BOOKINGS[ref] = b
    return {"ref": ref}
