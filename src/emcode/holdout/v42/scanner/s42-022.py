import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("appeals")


@app.post("/appeals")
def file_appeal():
    ticket = request.form.get("ticket", type=int)
    statement = request.form.get("statement", "")
    log.info("appeal filed for ticket %s (%d chars)", ticket, len(statement))
    if len(statement) < 20:
        return jsonify(error="please describe the circumstances in more det