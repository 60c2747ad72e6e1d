import os
import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
PUBLIC_KEY = os.environ["AUTH_PUBLIC_KEY_PEM"]


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="inverter-api")
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/inverters/mine")
def my_inverters(user: dict = Depends(current_user)):
    return {"owner": user["sub"], "inverters": []}
