import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
jwks = jwt.PyJWKClient("https://auth.hearwell.example/.well-known/jwks.json")


def claims(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        key = jwks.get_signing_key_from_jwt(creds.credentials).key
        return jwt.decode(creds.credentials, key, algorithms=["RS256"], audience="fitting-api")
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")


@app.get("/me")
def me(c: dict = Depends(claims)):
    return {"clinician": c["sub"]}
