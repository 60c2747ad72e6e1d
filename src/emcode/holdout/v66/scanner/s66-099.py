import re

from flask import Flask, request

app = Flask(__name__)
LOG_LINES = open("/var/log/dispatch/jobs.log").read().splitlines()


@app.get("/jobs/grep")
def grep():
    pattern = re.compile(request.args.get("pattern", ".*"))
    return {"lines": [ln for ln in LOG_LINES if pattern.search(ln)][:200]}
