from datetime import date

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Leg(BaseModel):
    branch: str = Field(min_length=3, max_length=3)
    pickup: date
    dropoff: date


class Itinerary(BaseModel):
    customer_ref: str
    legs: list[Leg]


@app.post("/itineraries")
def create_itinerary(it: Itinerary):
    days = sum((leg.dropoff - leg.pickup).days for leg in it.legs)
    return {"customer_ref": it.customer_ref, "days": days}
