import logging
import time

from flask import Flask, g

app = Flask(__name__)
log = logging.getLogger("registrar.timing")


@app.before_request
def start_timer():
    g.t0 = time.perf_counter()


@app.after_request
def log_timing(resp):
    ms = (time.perf_counter() - g.t0) * 1000
    log.info("status=%d duration_ms=%.1f", resp.status_code, ms)
    return resp


@app.get("/health")
def health():
    return {"ok": True}
