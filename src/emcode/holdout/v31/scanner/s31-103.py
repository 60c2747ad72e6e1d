import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
JWT_KEY = os.environ["PAYROLL_JWT_PUBLIC_KEY"]


@app.get("/payroll/summary")
def payroll_summary(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["RS256"], audience="payroll-api")
    except jwt.InvalidTokenError:
        raise HTTPException(401)
    if claims.get("role") != "payroll_admin":
        raise HTTPException(403)
    return {"period": "2025-06", "headcount": 412, "gross": 1832200.15}
