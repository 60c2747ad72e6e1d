import json
import logging
from flask import Flask, request, jsonify

app = Flask(__name__)


class JsonFormatter(logging.Formatter):
    def format(self, record):
        payload = {"level": record.levelname, "msg": record.getMessage(), **getattr(record, "fields", {})}
        return json.dumps(payload)


handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter())
log = logging.getLogger("api")
log.addHandler(handler)
log.setLevel(logging.INFO)


@app.route("/api/orders", methods=["POST"])
def create_order():
    body = request.get_json(force=True)
    log.info("order received", extra={"fields": {"customer": body.get("customer"), "items": len(body.get("items", []))}})
    return jsonify(status="queued"), 202
