import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("req")

@app.before_request
def log_request():
    log.info("headers=%s form=%s", dict(request.headers), request.form.to_dict())
