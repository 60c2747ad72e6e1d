import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["LEAGUE_JWT_SECRET"]


def organizer(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")


@app.delete("/tournaments/{tid}")
def cancel_tournament(tid: int, user=Depends(organizer)):
    if user.get("role") != "organizer":
        raise HTTPException(403, "forbidden")
    return {"cancelled": tid}
