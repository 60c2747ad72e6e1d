import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
SECRET = os.environ["JWT_SECRET"]


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = jwt.decode(creds.credentials, SECRET, algorithms=["HS256"], audience="recalls")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    return claims["sub"]


@app.get("/recalls/mine")
def mine(user: str = Depends(current_user)):
    return {"user": user, "recalls": []}
