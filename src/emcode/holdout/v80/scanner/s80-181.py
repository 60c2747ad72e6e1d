import uuid

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
BOOKINGS = {}


class BookingIn(BaseModel):
    client: str
    piano: str
    slot: str


@app.post("/bookings", status_code=201)
def book(b: BookingIn):
    ref = uuid.uuid4().hex
    BOOKINGS[ref] = b.model_dump()
    return {"ref": ref}
