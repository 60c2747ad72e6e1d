import os
import secrets

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["DOCK_ADMIN_TOKEN"]


@app.post("/docks/{dock_id}/unlock-all")
def unlock_all(dock_id: int, x_admin_token: str = Header("")):
    if secrets.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        return {"dock": dock_id, "unlocked": True}
    raise HTTPException(status_code=403)
