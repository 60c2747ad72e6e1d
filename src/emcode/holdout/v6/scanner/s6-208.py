import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("req")
SENSITIVE = {"password", "token", "secret"}

@app.before_request
def log_request():
    form = {k: ("***" if k.lower() in SENSITIVE else v[:50]) for k, v in request.form.items()}
    log.info("%s %s form=%r", request.method, request.path, form)
