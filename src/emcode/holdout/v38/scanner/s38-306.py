import csv
import io

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.route("/inventory/upload", methods=["POST"])
def upload_inventory():
    f = request.files["sheet"]
    text = io.TextIOWrapper(f.stream, encoding="utf-8", errors="replace")
    reader = csv.DictReader(text)
    totals = {}
    for row in reader:
        sku = row.get("sku", "").strip()
        try:
            qty = int(row.get("qty", "0"))
        except ValueError:
            continue
        totals[sku] = totals.get(sku, 0) + qty
    return {"skus": len(totals), "units": sum(totals.values())}
