import logging

from fastapi import FastAPI, HTTPException

app = FastAPI()
log = logging.getLogger("gym.checkin")
ACTIVE = {101, 102, 205}


@app.post("/checkin/{member_id}")
def checkin(member_id: int):
    if member_id not in ACTIVE:
        log.warning("check-in refused for member %d", member_id)
        raise HTTPException(403, "membership not active")
    log.info("member %d checked in", member_id)
    return {"ok": True}
