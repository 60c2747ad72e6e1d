from jose import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


def current_user(authorization: str) -> str:
    token = authorization.split(" ", 1)[-1]
    claims = jwt.get_unverified_claims(token)
    return claims["sub"]


@app.get("/thesis/drafts")
def drafts(authorization: str = Header(...)):
    user = current_user(authorization)
    if not user:
        raise HTTPException(401)
    return {"owner": user, "drafts": []}
