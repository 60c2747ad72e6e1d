import secrets
import uuid

from fastapi import FastAPI

app = FastAPI()
RIDES = {}


@app.post("/rides")
def start_ride(scooter_id: int):
    ride_id = str(uuid.uuid4())
    share = secrets.token_urlsafe(16)
    RIDES[ride_id] = {"scooter": scooter_id, "share_token": share}
    return {"ride_id": ride_id, "share_token": share}
