import logging
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("ferry.gate")


@app.route("/gate/scan", methods=["POST"])
def scan():
    ref = request.form.get("ref", "")
    gate = request.form.get("gate", "")
    log.info("ticket %s scanned at gate %s", ref, gate)
    ok = ref.startswith("IF-") and len(ref) == 9
    return jsonify({"ref": ref, "accepted": ok, "gate": ga