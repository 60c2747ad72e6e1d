import os
import jwt
from fastapi import FastAPI, Depends, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def current_user(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        raise HTTPException(401)
    return claims["sub"]


@app.get("/orders")
def orders(user: str = Depends(current_user)):
    return {"user": user, "orders": []}
