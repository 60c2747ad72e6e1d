import csv
import io
import tempfile

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/import")
def import_csv():
    with tempfile.SpooledTemporaryFile(max_size=512 * 1024, mode="w+b") as buf:
        request.files["file"].save(buf)
        buf.seek(0)
        reader = csv.DictReader(io.TextIOWrapper(buf, encoding="utf-8", newline=""))
        count = sum(1 for _ in reader)
    return {"rows": count}
