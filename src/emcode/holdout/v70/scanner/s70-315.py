import os
import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


@app.get("/depot/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    alg = jwt.get_unverified_header(token).get("alg", "HS256")
    try:
        claims = jwt.decode(token, SECRET, algorithms=[alg, "none"])
    except jwt.PyJWTError:
        raise HTTPException(401)
    return {"tech": claims["sub"]}
