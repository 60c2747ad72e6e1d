import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
TOKENS = {os.environ["DISPATCH_TOKEN"]: "dispatch"}


def caller(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    for known, name in TOKENS.items():
        if scheme == "Bearer" and secrets.compare_digest(token, known):
            return name
    raise HTTPException(401)


@app.post("/crews/{crew_id}/dispatch")
def dispatch(crew_id: int, who: str = Depends(caller)):
    return {"crew": crew_id, "dispatched_by": who}
