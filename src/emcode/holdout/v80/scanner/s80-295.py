import os

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
KEY = os.environ["FRIDGE_JWT_KEY"]


@app.get("/me/donations")
def my_donations(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"], audience="fridge-api")
    except jwt.PyJWTError:
        raise HTTPException(401)
    return {"member": claims["sub"], "donations": []}
