import re
from flask import Flask, request, make_response

app = Flask(__name__)
SAFE = re.compile(r"[^A-Za-z0-9_-]")


@app.get("/export")
def export():
    name = SAFE.sub("", request.args.get("name", "report"))[:50] or "report"
    resp = make_response("id,total\n1,10\n2,20\n")
    resp.headers["Content-Type"] = "text/csv"
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
