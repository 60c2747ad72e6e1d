import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, JWT_SECRET, algorithms=["HS256"], audience="shelter-app")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


@app.get("/me/applications")
def my_applications(user: dict = Depends(current_user)):
    return {"user": user["sub"], "applications": []}
