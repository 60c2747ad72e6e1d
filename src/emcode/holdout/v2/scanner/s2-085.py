import hmac
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_TOKEN = os.environ["API_TOKEN"]


def require_token(x_api_token: str = Header(default="")) -> None:
    if not hmac.compare_digest(x_api_token.encode(), API_TOKEN.encode()):
        raise HTTPException(status_code=401)


@app.get("/stats", dependencies=[Depends(require_token)])
def stats():
    return {"users": 42}
