import logging
import re

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("requests")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@app.post("/requests")
def song_request(title: str, listener: str):
    clean_title = CONTROL.sub(" ", title)[:120]
    clean_listener = CONTROL.sub(" ", listener)[:60]
    log.info("song request from %s: %s", clean_listener, clean_title)
    return {"queued": True}
