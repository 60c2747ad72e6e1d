import re
from flask import Flask, request, Response

app = Flask(__name__)


def export_csv(rows):
    return "\n".join(",".join(map(str, r)) for r in rows)


@app.get("/export")
def export():
    label = request.args.get("label", "export")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:60] or "export"
    data = export_csv([(1, "a"), (2, "b")])
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{safe}.csv"'
    return resp
