import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
JWT_SECRET = os.environ["CLAIMS_JWT_SECRET"]


def get_user(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=401)
    try:
        payload = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    return payload["sub"]


@app.get("/me/claims")
def my_claims(user: str = Depends(get_user)):
    return {"user": user, "claims": []}
