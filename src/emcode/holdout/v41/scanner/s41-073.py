import json
import logging

from flask import Flask, request


class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"level": record.levelname, "msg": record.getMessage(),
                           **getattr(record, "fields", {})})


handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter())
log = logging.getLogger("search")
log.addHandler(handler)
log.setLevel(logging.INFO)

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    log.info("catalogue search", extra={"fields": {"query": q}})
    return {"results": []}
