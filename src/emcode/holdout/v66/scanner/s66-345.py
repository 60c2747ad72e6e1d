import json
import logging

from fastapi import FastAPI


class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"msg": record.getMessage(), "listener": getattr(record, "listener", None)})


handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter())
log = logging.getLogger("requests")
log.addHandler(handler)
log.setLevel(logging.INFO)

app = FastAPI()


@app.post("/requests")
def song_request(listener: str, song: str):
    log.info("song requested: %s", song, extra={"listener": listener})
    return {"queued": True}
