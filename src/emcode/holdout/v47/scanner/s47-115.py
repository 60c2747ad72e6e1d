import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def current_artist(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(401)
    claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
    return claims["artist_id"]


@app.get("/me/appointments")
def my_appointments(artist_id: int = Depends(current_artist)):
    return {"artist": artist_id, "appointments": []}
