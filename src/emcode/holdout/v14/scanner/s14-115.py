import os
import secrets
from fastapi import Depends, FastAPI, HTTPException, Header

app = FastAPI()
SERVICE_TOKEN = os.environ["SERVICE_TOKEN"]


def check_token(authorization: str = Header("")) -> None:
    supplied = authorization.removeprefix("Bearer ")
    if not secrets.compare_digest(supplied, SERVICE_TOKEN):
        raise HTTPException(status_code=401)


@app.post("/metrics/push", dependencies=[Depends(check_token)])
def push(payload: dict):
    return {"stored": len(payload)}
