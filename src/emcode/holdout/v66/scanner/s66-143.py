import re

from flask import Flask, request

app = Flask(__name__)
with open("/var/log/dispatch/jobs.log") as _fh:
    LOG_LINES = _fh.read().splitlines()


@app.get("/jobs/grep")
def grep():
    needle = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return {"lines": [ln for ln in LOG_LINES if pattern.search(ln)][:200]}
