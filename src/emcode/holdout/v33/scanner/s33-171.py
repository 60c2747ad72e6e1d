import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


@app.get("/me/lessons")
def my_lessons(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        raise HTTPException(401)
    return {"user": claims["sub"], "lessons": ["unit-1", "unit-2"]}
