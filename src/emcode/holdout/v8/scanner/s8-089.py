import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.before_request
def audit_request():
    ua = request.headers.get("User-Agent", "-")
    who = request.args.get("user", "anonymous")
    audit.info("access user=" + who + " path=" + request.path + " ua=" + ua)


@app.get("/status")
def status():
    return {"up": True}
