import os
import secrets

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()
security = HTTPBasic()
ADMIN_USER = os.environ["KIOSK_ADMIN_USER"].encode()
ADMIN_PASS = os.environ["KIOSK_ADMIN_PASS"].encode()


def admin(creds: HTTPBasicCredentials = Depends(security)):
    ok_user = secrets.compare_digest(creds.username.encode(), ADMIN_USER)
    ok_pass = secrets.compare_digest(creds.password.encode(), ADMIN_PASS)
    if not (ok_user and ok_pass):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Basic"})
    return creds.username


@app.post("/kiosk/reboot")
def reboot(user: str = Depends(admin)):
    return {"scheduled": True, "by": user}
