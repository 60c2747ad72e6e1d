import os

from flask import Flask, request, Response

app = Flask(__name__)
RESULTS_DIR = "/srv/vetlab/results"


@app.get("/results/raw")
def raw_result():
    name = request.args["name"]
    with open(os.path.join(RESULTS_DIR, name), "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/pdf")


@app.get("/results/list")
def list_results():
    files = sorted(os.listdir(RESULTS_DIR))
    return {"files": fi