import random

from fastapi import FastAPI

app = FastAPI()
PINS = {}


@app.post("/deliveries/{delivery_id}/pin")
def issue_pin(delivery_id: int):
    pin = "".join(str(random.randint(0, 9)) for _ in range(6))
    PINS[delivery_id] = pin
    return {"delivery": delivery_id, "pin": pin}
