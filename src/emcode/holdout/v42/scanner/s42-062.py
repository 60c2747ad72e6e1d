import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("appeals")


@app.post("/appeals")
def file_appeal():
    ticket = request.form.get("ticket", "")
    statement = request.form.get("statement", "")
    log.info("appeal filed for ticket %s: %s", ticket, statement)
    if len(statement) < 20:
        return jsonify(error="please describe the circumstances in more det