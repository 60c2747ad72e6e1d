from flask import Flask, request

app = Flask(__name__)
STATIONS = ["Harbour Mouth", "Pier End", "Estuary North", "Lock Gate 3"]


@app.get("/stations")
def stations():
    q = request.args.get("q", "").casefold()
    return {"stations": [s for s in STATIONS if q in s.casefold()]}
