import hmac
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
TOKEN = os.environ["BOOTH_API_TOKEN"]


def auth(authorization: str = Header("")):
    if not hmac.compare_digest(authorization, f"Bearer {TOKEN}"):
        raise HTTPException(status_code=401)


@app.post("/projectors/{pid}/shutter", dependencies=[Depends(auth)])
def shutter(pid: int, closed: bool = True):
    return {"projector": pid, "shutter": "closed" if closed else "open"}
