import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        claims = jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="inventory-api")
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")
    return claims["sub"]


@app.get("/me")
def me(user: str = Depends(current_user)):
    return {"user": user}
