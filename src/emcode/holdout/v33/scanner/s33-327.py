import logging

from fastapi import FastAPI, Query

app = FastAPI()
audit = logging.getLogger("enforcement.audit")


@app.post("/scans")
def record_scan(plate: str = Query(..., pattern=r"^[A-Z0-9]{1,8}$"),
                officer: int = Query(..., ge=1),
                zone: str = Query(..., pattern=r"^[A-H]$")):
    audit.warning("scan plate=%s officer=%d zone=%s", plate, officer, zone)
    return {"recorded": True}
