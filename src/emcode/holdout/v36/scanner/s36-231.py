import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/transcript")
def transcript():
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", request.args.get("name", "transcript"))[:60] or "transcript"
    body = "CS101,A\nMATH201,B+\n"
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
