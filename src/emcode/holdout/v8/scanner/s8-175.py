import csv
import io
from flask import Flask, request

app = Flask(__name__)


@app.post("/sheet/compute")
def compute():
    text = request.files["sheet"].read().decode()
    results = []
    for row in csv.reader(io.StringIO(text)):
        formula = row[-1]
        if formula.startswith("="):
            results.append(eval(formula[1:]))
        else:
            results.append(float(formula or 0))
    total = sum(results)
    return {"total": total, "cou