import hashlib
import secrets

from fastapi import FastAPI, Depends, HTTPException
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials

app = FastAPI()
bearer = HTTPBearer()
KEYS = {}  # sha256(key) -> bidder id


def require_admin(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    digest = hashlib.sha256(creds.credentials.encode()).hexdigest()
    if KEYS.get(digest) != "admin":
        raise HTTPException(403)


@app.post("/bidders/{bidder_id}/api-key", dependencies=[Depends(require_admin)])
def issue_key(bidder_id: int):
    key = secrets.token_urlsafe(32)
    KEYS[hashlib.sha256(key.encode()).hexdigest()] = bidder_id
    return {"bidder": bidder_id, "api_key": key}
