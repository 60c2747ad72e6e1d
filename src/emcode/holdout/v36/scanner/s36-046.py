import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import APIKeyHeader

app = FastAPI()
header = APIKeyHeader(name="X-Api-Key")
EXPECTED = os.environ["DISPATCH_API_KEY"]


def require_key(key: str = Depends(header)):
    if key != EXPECTED:
        raise HTTPException(status_code=401)


@app.get("/dispatch/queue", dependencies=[Depends(require_key)])
def queue():
    return [{"truck": "Taco Norte", "orders": 7}]
