import os
import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def current_user(authorization: str) -> str:
    if not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token")
    try:
        claims = jwt.decode(authorization[7:], SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")
    return claims["sub"]


@app.get("/payroll/me")
def my_payslips(authorization: str = Header("")):
    user = current_user(authorization)
    return {"user": user, "payslips": []}
