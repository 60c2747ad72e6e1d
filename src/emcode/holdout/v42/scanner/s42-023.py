import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
JWT_SECRET = os.environ["ENFORCEMENT_JWT_SECRET"]


def officer_from_header(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(401)
    try:
        payload = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise HTTPException(401, "invalid token")
    return payload["officer_id"]


@app.get("/me/citations")
def my_citations(officer_id: int = Depends(officer_from_header)):
    return {"officer": officer_id, "citations": []}
