import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["DISPATCH_API_KEY"]


def require_key(x_api_key: str = Header("")):
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(status_code=401, detail="invalid API key")


@app.get("/dispatch/queue", dependencies=[Depends(require_key)])
def queue():
    return {"pending": 14, "in_transit": 52}
