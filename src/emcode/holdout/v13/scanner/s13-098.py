import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("access")

def clean(s: str) -> str:
    return s.replace("\r", "\\r").replace("\n", "\\n")

@app.before_request
def access_log():
    ua = clean(request.headers.get("User-Agent", ""))
    path = clean(request.path)
    log.info("hit path=%s ua=%s", path, ua)
