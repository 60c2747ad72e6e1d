from datetime import date

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Booking(BaseModel):
    member_name: str = Field(max_length=80)
    session_day: date
    belay_partner: str | None = None


@app.post("/bookings")
def create_booking(b: Booking):
    return {"status": "booked", "member_name": b.member_name, "day": b.session_day.isoformat()}
