import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
KEY = os.environ["JWT_KEY"]


@app.get("/admin/stats")
def admin_stats(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"], audience="admin-api",
                            options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        raise HTTPException(401)
    if claims.get("role") != "admin":
        raise HTTPException(403)
    return {"users": 1234, "orders": 98}
