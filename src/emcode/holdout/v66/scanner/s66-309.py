import fnmatch

from flask import Flask, request

app = Flask(__name__)
STATIONS = ["NV-014", "NV-022", "SK-003", "SK-010", "GR-101"]


@app.get("/stations")
def stations():
    pattern = request.args.get("match", "*")[:32]
    return {"stations": [s for s in STATIONS if fnmatch.fnmatchcase(s, pattern)]}
