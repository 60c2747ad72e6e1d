import logging
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("iot")


@app.post("/devices/{device_id}/heartbeat")
def heartbeat(device_id: str, name: str = ""):
    status = "alive"
    log.info("heartbeat from " + name + " (" + device_id + ") status=" + status)
    return {"device": device_id, "st