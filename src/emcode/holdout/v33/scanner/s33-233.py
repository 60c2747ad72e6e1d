import logging

from fastapi import FastAPI

app = FastAPI()
audit = logging.getLogger("enforcement.audit")


@app.post("/scans")
def record_scan(plate: str, officer: str, zone: str):
    audit.warning("scan plate=%s officer=%s zone=%s", plate, officer, zone)
    return {"recorded": True}
