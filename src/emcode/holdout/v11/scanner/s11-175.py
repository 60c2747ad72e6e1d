import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
KEY = os.environ["JWT_SECRET"]


def current_user(authorization: str) -> dict:
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(token, KEY, algorithms=["HS256"], audience="admin-api")
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")


@app.delete("/admin/users/{uid}")
def delete_user(uid: int, authorization: str = Header(...)):
    if current_user(authorization).get("role") != "admin":
        raise HTTPException(403)
    return {"deleted": uid}
