import hmac
import os
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.delete("/users/{uid}")
def delete_user(uid: int, x_admin_token: str = Header("")):
    if not hmac.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        raise HTTPException(403)
    return {"deleted": uid}
