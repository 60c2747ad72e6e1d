import logging
import uuid

from flask import Flask, g, jsonify

app = Flask(__name__)
log = logging.getLogger("league.api")


@app.before_request
def assign_id():
    g.request_id = uuid.uuid4().hex[:12]


@app.after_request
def access_log(response):
    log.info("rid=%s status=%d bytes=%s", g.request_id, response.status_code, response.calculate_content_length())
    response.headers["X-Request-Id"] = g.request_id
    return response


@app.get("/api/teams")
def teams():
    return jsonify(["Rovers", "Athletic", "United"])
