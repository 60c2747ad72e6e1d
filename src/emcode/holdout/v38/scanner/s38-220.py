import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_KEY = os.environ["RESORT_ADMIN_KEY"]


@app.post("/lifts/{lift_id}/close")
def close_lift(lift_id: int, x_api_key: str = Header(...)):
    if x_api_key != ADMIN_KEY:
        raise HTTPException(status_code=401)
    return {"lift": lift_id, "status": "closed"}
