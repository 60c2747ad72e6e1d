import logging
import re
import time
from flask import Flask, g, request

app = Flask(__name__)
access = logging.getLogger("access")
_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def neutral(value: str, limit: int = 200) -> str:
    return _CTRL.sub("?", value)[:limit]


@app.before_request
def start_timer():
    g.t0 = time.perf_counter()


@app.after_request
def log_request(resp):
    ms = (time.perf_counter() - g.t0) * 1000
    access.info("%s %s %d %.1fms ua=%s", request.method, neutral(request.path), resp.status_code, ms,
                neutral(request.headers.get("User-Agent", "")))
    return resp
