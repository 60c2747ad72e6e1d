import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("parking.api")


@app.get("/permits/check")
def check_permit(plate: str, zone: str):
    log.info(f"permit check plate={plate} zone={zone}")
    return {"plate": plate, "zone": zone, "valid": False}
