import os
import secrets

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.post("/playlists/purge")
def purge(x_admin_token: str = Header(...)):
    if secrets.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        return {"purged": True}
    raise HTTPException(status_code=403)
