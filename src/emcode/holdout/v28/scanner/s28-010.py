import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


@app.get("/me/bookings")
def my_bookings(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        raise HTTPException(401)
    return {"guest": claims["sub"], "bookings": []}
