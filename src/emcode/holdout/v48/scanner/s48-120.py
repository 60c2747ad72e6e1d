import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
with open(os.environ["DISPATCH_JWT_PUBKEY"], "rb") as fh:
    PUBLIC_KEY = fh.read()


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        claims = jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["ES256"], audience="dispatch")
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)
    return claims["sub"]


@app.get("/me")
def me(driver: str = Depends(current_driver)):
    return {"driver": driver}
