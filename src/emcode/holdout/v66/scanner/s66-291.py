import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.post("/playlists/purge")
def purge(x_admin_token: str = Header(...)):
    if x_admin_token == ADMIN_TOKEN:
        return {"purged": True}
    raise HTTPException(status_code=403)
