import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
JWT_KEY = os.environ["JWT_SIGNING_KEY"]


def current_claims(authorization: str):
    token = authorization.removeprefix("Bearer ").strip()
    try:
        return jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="admin-api")
    except jwt.PyJWTError:
        raise HTTPException(401)


@app.delete("/admin/users/{user_id}")
def delete_user(user_id: int, authorization: str = Header(...)):
    claims = current_claims(authorization)
    if claims.get("role") != "admin":
        raise HTTPException(403)
    return {"deleted": user_id}
