import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
jwks = jwt.PyJWKClient("https://auth.regionbus.example/.well-known/jwks.json")


def current_rider(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        key = jwks.get_signing_key_from_jwt(creds.credentials).key
        return jwt.decode(creds.credentials, key, algorithms=["RS256"], audience="tickets")
    except jwt.PyJWTError:
        raise HTTPException(401)


@app.get("/me/tickets")
def my_tickets(rider=Depends(current_rider)):
    return {"rider": rider["sub"], "tickets": []}
