import logging

from fastapi import FastAPI, Path

app = FastAPI()
log = logging.getLogger("fleet")


@app.post("/drones/{drone_id}/land")
def land(drone_id: str = Path(pattern=r"^CDX-[0-9]{2,4}$")):
    log.info("landing requested for %s", drone_id)
    return {"drone": drone_id, "command": "land"}
