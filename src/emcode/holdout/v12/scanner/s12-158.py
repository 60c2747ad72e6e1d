import os
import secrets
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
TOKENS = {t: "ci-bot" for t in os.environ.get("CI_TOKENS", "").split(",") if t}
JOBS = []


def caller(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    for token, name in TOKENS.items():
        if secrets.compare_digest(token, creds.credentials):
            return name
    raise HTTPException(401)


@app.post("/jobs")
def enqueue(spec: dict, who: str = Depends(caller)):
    JOBS.append({"by": who, "spec": spec})
    return {"position": len(JOBS)}
