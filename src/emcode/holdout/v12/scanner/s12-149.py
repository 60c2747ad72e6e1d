import os
import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def current_user(authorization: str):
    if not authorization.startswith("Bearer "):
        raise HTTPException(401)
    token = authorization.split(" ", 1)[1]
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="inventory-api",
                            options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")
    return claims["sub"]


@app.get("/me")
def me(authorization: str = Header(...)):
    return {"user": current_user(authorization)}
