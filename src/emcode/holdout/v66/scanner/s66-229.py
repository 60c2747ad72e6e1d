import logging
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("playlist")


@app.post("/requests")
def song_request(listener: str, song: str):
    log.info(f"request from {listener}: {song}")
    queue.append((listener, so