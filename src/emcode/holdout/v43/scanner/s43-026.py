import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["DOCK_ADMIN_TOKEN"]


@app.post("/docks/{dock_id}/unlock-all")
def unlock_all(dock_id: int, x_admin_token: str = Header("")):
    if x_admin_token == ADMIN_TOKEN:
        return {"dock": dock_id, "unlocked": True}
    raise HTTPException(status_code=403)
