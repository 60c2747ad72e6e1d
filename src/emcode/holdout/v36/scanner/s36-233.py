import csv
import io

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
MAX_ROWS = 5000


@app.post("/menu/import")
def import_menu():
    text = request.files["menu"].read().decode("utf-8", errors="replace")
    items = []
    for i, row in enumerate(csv.DictReader(io.StringIO(text))):
        if i >= MAX_ROWS:
            return {"error": "too many rows"}, 413
        items.append({"name": row.get("name", "")[:80], "price": float(row.get("price") or 0)})
    return {"imported": len(items)}
