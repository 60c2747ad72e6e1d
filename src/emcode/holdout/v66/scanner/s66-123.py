import os
import secrets
import string

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
ALPHABET = string.ascii_uppercase + string.digits
ADMIN_TOKEN = os.environ["RADIO_ADMIN_TOKEN"]
invites: dict[str, str] = {}


def require_admin(x_admin_token: str = Header(...)) -> None:
    if not secrets.compare_digest(x_admin_token, ADMIN_TOKEN):
        raise HTTPException(status_code=403)


@app.post("/volunteers/invite", dependencies=[Depends(require_admin)])
def invite(email: str):
    code = "".join(secrets.choice(ALPHABET) for _ in range(10))
    invites[code] = email
    return {"code": code}
