import csv
import io
import tempfile
from flask import Flask, request

app = Flask(__name__)


@app.route("/roster/import", methods=["POST"])
def import_roster():
    with tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+b") as buf:
        request.files["csv"].save(buf)
        buf.seek(0)
        rows = list(csv.DictReader(io.TextIOWrapper(buf, encoding="utf-8")))
    return {"imported": len(rows)}
