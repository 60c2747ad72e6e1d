import secrets

from fastapi import FastAPI

app = FastAPI()
PENDING = {}


@app.post("/hub/{hub_id}/pairing-code")
def new_pairing_code(hub_id: str):
    code = f"{secrets.randbelow(1_000_000):06d}"
    PENDING[hub_id] = code
    return {"hub": hub_id, "code": code}
