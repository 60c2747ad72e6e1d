import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("api")


@app.before_request
def trace():
    log.info("request " + request.method + " " + request.path + " client=" + request.headers.get("X-Client-Name", "-"))


@app.route("/health")
def health():
    return {"status": "o