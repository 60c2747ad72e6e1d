import os
import secrets

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_KEY = os.environ["ADMIN_KEY"]


@app.post("/admin/sailings/{sailing_id}/cancel")
def cancel(sailing_id: int, x_admin_key: str = Header(default="")):
    if not secrets.compare_digest(x_admin_key.encode(), ADMIN_KEY.encode()):
        raise HTTPException(status_code=403)
    return {"cancelled": sailing_id}
