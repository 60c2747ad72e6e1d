import csv
import io
from flask import Flask, request

app = Flask(__name__)


@app.post("/sheet/compute")
def compute():
    text = request.files["sheet"].read().decode()
    results = []
    for row in csv.reader(io.StringIO(text)):
        try:
            results.append(float(row[-1]))
        except (ValueError, IndexError):
            continue
    return {"total": sum(results), "cou