import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
POLICY_RE = re.compile(r"[A-Z]{2}-\d{6}")


@app.get("/policies/{number}")
def policy(number: str):
    if not POLICY_RE.fullmatch(number):
        raise HTTPException(status_code=422, detail="policy numbers look like AB-123456")
    return {"policy": number, "status": "active"}
