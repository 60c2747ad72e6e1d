import json
import logging
import sys

from flask import Flask, request

app = Flask(__name__)
handler = logging.StreamHandler(sys.stdout)
logger = logging.getLogger("outage-intake")
logger.addHandler(handler)
logger.setLevel(logging.INFO)


@app.route("/report", methods=["POST"])
def report():
    street = request.form.get("street", "")
    note = request.form.get("note", "")
    logger.info(json.dumps({"event": "outage_report", "street": street, "note": note}))
    return {"received": True}
