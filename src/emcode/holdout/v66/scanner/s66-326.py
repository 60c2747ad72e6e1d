import logging
import uuid

from flask import Flask, g, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("access")


@app.before_request
def start():
    g.rid = uuid.uuid4().hex[:8]


@app.after_request
def access_log(resp):
    log.info("rid=%s method=%s status=%s bytes=%s", g.rid, request.method, resp.status_code, resp.calculate_content_length())
    return resp


@app.get("/health")
def health():
    return {"ok": True}
