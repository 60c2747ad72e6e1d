import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
JWT_KEY = os.environ["STUDIO_JWT_KEY"]


def current_artist(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(401)
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(401)
    return claims["artist_id"]


@app.get("/me/appointments")
def my_appointments(artist_id: int = Depends(current_artist)):
    return {"artist": artist_id, "appointments": []}
