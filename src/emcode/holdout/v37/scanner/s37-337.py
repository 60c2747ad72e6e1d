import secrets

from fastapi import FastAPI

app = FastAPI()
PINS = {}


@app.post("/deliveries/{delivery_id}/pin")
def issue_pin(delivery_id: int):
    pin = f"{secrets.randbelow(10**6):06d}"
    PINS[delivery_id] = pin
    return {"delivery": delivery_id}
