import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

from .store import transfer_pet

app = FastAPI()
TOKENS = {t for t in os.environ.get("CLINIC_API_TOKENS", "").split(",") if t}


def staff_token(authorization: str = Header("")):
    token = authorization.removeprefix("Bearer ")
    if not any(secrets.compare_digest(token, t) for t in TOKENS):
        raise HTTPException(401)
    return token


@app.post("/pets/{pet_id}/transfer")
def transfer(pet_id: int, new_owner: int, _: str = Depends(staff_token)):
    transfer_pet(pet_id, new_owner)
    return {"pet": pet_id, "owner": new_owner}
