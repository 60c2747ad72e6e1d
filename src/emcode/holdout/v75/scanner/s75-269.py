import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_KEY = os.environ["ARCHIVE_ADMIN_KEY"]


def require_admin(x_admin_key: str = Header(...)):
    if not secrets.compare_digest(x_admin_key.encode(), ADMIN_KEY.encode()):
        raise HTTPException(status_code=403)


@app.delete("/scans/{scan_id}", dependencies=[Depends(require_admin)])
def delete_scan(scan_id: int):
    return {"deleted": scan_id}
