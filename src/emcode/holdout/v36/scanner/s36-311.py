import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def current_player(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        claims = jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="mothgame")
    except jwt.InvalidTokenError:
        raise HTTPException(401, "invalid token")
    return claims["sub"]


@app.get("/me")
def me(player: str = Depends(current_player)):
    return {"player": player}
