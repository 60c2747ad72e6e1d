import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()


@app.get("/me/donations")
def my_donations(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if "sub" not in claims:
        raise HTTPException(401)
    return {"member": claims["sub"], "donations": []}
