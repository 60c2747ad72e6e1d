import csv
import io
import os

from flask import Flask, request

app = Flask(__name__)
EXPORT_DIR = "/srv/brewery/exports"


@app.route("/export", methods=["POST"])
def export_inventory():
    rows = request.get_json() or []
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sku", "qty"])
    for r in rows:
        writer.writerow([r.get("sku"), r.get("qty")])
    fd = os.open(os.path.join(EXPORT_DIR, "latest.csv"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(buf.getvalue())
    return {"written": len(rows)}
