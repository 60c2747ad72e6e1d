import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def current_user(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(401)
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        raise HTTPException(401)
    return claims["sub"]


@app.get("/bookings/mine")
def my_bookings(user: str = Depends(current_user)):
    return {"user": user, "bookings": []}
