import logging
import uuid

from flask import Flask

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    incident = uuid.uuid4().hex[:12]
    log.exception("unhandled error, incident %s", incident)
    return {"error": "internal error", "incident": incident}, 500
