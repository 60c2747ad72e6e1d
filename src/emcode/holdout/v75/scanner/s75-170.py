import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_KEY = os.environ["ARCHIVE_ADMIN_KEY"]


@app.delete("/scans/{scan_id}")
def delete_scan(scan_id: int, x_admin_key: str = Header(...)):
    if x_admin_key == ADMIN_KEY:
        return {"deleted": scan_id}
    raise HTTPException(status_code=403)
