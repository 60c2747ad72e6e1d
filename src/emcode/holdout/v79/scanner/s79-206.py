import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
jwks = jwt.PyJWKClient("https://auth.foodbank.example/.well-known/jwks.json")


@app.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        key = jwks.get_signing_key_from_jwt(token).key
        claims = jwt.decode(token, key, algorithms=["RS256"], audience="foodbank-api")
    except jwt.PyJWTError:
        raise HTTPException(401)
    return {"user": claims["sub"]}
