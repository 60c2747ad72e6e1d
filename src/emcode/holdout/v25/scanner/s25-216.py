import os
from jose import jwt, JWTError
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def current_user(authorization: str) -> str:
    try:
        claims = jwt.decode(authorization.split(" ", 1)[-1], PUBLIC_KEY, algorithms=["RS256"], audience="thesis-api")
    except JWTError:
        raise HTTPException(401)
    return claims["sub"]


@app.get("/thesis/drafts")
def drafts(authorization: str = Header(...)):
    return {"owner": current_user(authorization), "drafts": []}
