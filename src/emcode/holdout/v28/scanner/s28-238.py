import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
JWT_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.get("/me/bookings")
def my_bookings(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["RS256"], audience="hotel-api")
    except jwt.InvalidTokenError:
        raise HTTPException(401)
    return {"guest": claims["sub"], "bookings": []}
