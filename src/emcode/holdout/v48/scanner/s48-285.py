import secrets

from fastapi import FastAPI

app = FastAPI()


@app.post("/drivers/{driver_id}/otp")
def otp(driver_id: int):
    code = f"{secrets.randbelow(1_000_000):06d}"
    return {"driver": driver_id, "expires_in": 300, "co