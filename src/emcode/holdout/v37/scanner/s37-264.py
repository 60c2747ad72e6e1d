import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("delivery")


@app.post("/deliveries/{delivery_id}/note")
def add_note(delivery_id: int, note: str):
    log.info("note for delivery %s: %s", delivery_id, note)
    return {"delivery": delivery_id, "stored": Tr