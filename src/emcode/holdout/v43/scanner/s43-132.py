import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        return jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="gym", issuer="https://auth.gymchain.com")
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")


@app.get("/me")
def me(member=Depends(current_member)):
    return {"id": member["sub"]}
