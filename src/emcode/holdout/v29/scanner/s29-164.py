import random

from fastapi import FastAPI

app = FastAPI()
PENDING = {}


@app.post("/hub/{hub_id}/pairing-code")
def new_pairing_code(hub_id: str):
    code = f"{random.randint(0, 999999):06d}"
    PENDING[hub_id] = code
    return {"hub": hub_id, "code": code}
