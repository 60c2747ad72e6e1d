import json
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("checkin")


@app.post("/checkin")
def checkin(driver: str, truck: str, odometer: int):
    log.info("checkin %s", json.dumps({"driver": driver, "truck": truck, "odometer": odometer}))
    return {"ok": True}
