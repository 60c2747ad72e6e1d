import csv
import io
import re

from flask import Flask, request, abort

app = Flask(__name__)
PLATE = re.compile(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}")


@app.post("/permits/bulk")
def bulk():
    f = request.files.get("csv")
    if f is None:
        abort(400)
    reader = csv.reader(io.StringIO(f.read(1_000_000).decode("utf-8", "replace")))
    good, bad = [], 0
    for row in reader:
        if row and PLATE.fullmatch(row[0].strip().upper()):
            good.append(row[0].strip().upper())
        else:
            bad += 1
    return {"accepted": len(good), "rejected": bad}
