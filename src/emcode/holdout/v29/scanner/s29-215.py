import subprocess
from datetime import date

from fastapi import FastAPI, HTTPException, Header
import hmac
import os

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.post("/admin/backup")
def run_backup(day: date, x_admin_token: str = Header(...)):
    if not hmac.compare_digest(x_admin_token, ADMIN_TOKEN):
        raise HTTPException(status_code=403)
    proc = subprocess.run(
        ["/usr/local/bin/claims-backup", "--date", day.isoformat()],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0:
        raise HTTPException(status_code=500, detail="backup failed")
    return {"ok": True, "date": day.isoformat()}
