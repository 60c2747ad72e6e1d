import os
import secrets

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
TOKEN = os.environ["CARPARK_ADMIN_TOKEN"]


def admin(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    if not secrets.compare_digest(creds.credentials, TOKEN):
        raise HTTPException(403)


@app.post("/zones/{zone}/close", dependencies=[Depends(admin)])
def close_zone(zone: str):
    return {"closed": zone}
