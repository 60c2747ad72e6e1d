import logging
import time
from flask import Flask, g, request

app = Flask(__name__)
access = logging.getLogger("access")


@app.before_request
def start_timer():
    g.t0 = time.perf_counter()


@app.after_request
def log_request(resp):
    ms = (time.perf_counter() - g.t0) * 1000
    ua = request.headers.get("User-Agent", "")
    access.info(f"{request.method} {request.full_path} {resp.status_code} {ms:.1f}ms ua={ua}")
    return resp
