import logging
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("iot")


@app.post("/devices/{device_id}/heartbeat")
def heartbeat(device_id: str, name: str = ""):
    log.info("heartbeat from %r (%r)", name[:80], device_id[:80])
    return {"device": device_id, "st