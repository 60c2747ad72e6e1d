import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def pilot(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise HTTPException(401)


@app.get("/missions")
def missions(claims: dict = Depends(pilot)):
    return {"pilot": claims["sub"], "missions": []}
