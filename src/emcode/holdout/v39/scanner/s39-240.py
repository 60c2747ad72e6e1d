import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def require_key(x_api_key: str = Header(default="")):
    if not secrets.compare_digest(x_api_key, os.environ["TRACKER_API_KEY"]):
        raise HTTPException(status_code=401)


@app.get("/collars", dependencies=[Depends(require_key)])
def collars():
    return {"collars": ["A17", "B02"]}
