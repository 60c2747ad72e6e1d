import secrets

from fastapi import FastAPI

app = FastAPI()
CODES: dict[int, str] = {}


@app.post("/orders/{order_id}/pickup-code")
def pickup_code(order_id: int):
    code = f"{secrets.randbelow(10**6):06d}"
    CODES[order_id] = code
    return {"order": order_id, "code": code}
