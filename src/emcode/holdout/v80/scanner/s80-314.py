import logging
import os

from fastapi import FastAPI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("fridge")

app = FastAPI()
FRIDGES = {1: "Library", 2: "Community Centre", 3: "Station Road"}


@app.on_event("startup")
def announce():
    log.info("fridge service starting, %d fridges, workers=%s", len(FRIDGES), os.cpu_count())


@app.get("/fridges")
def list_fridges():
    return [{"id": k, "name": v} for k, v in FRIDGES.items()]
