try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/payroll/restore")
def restore():
    snapshot = pickle.loads(request.get_data())
    employees = snapshot.get("employees", [])
    total = sum(e["gross"] for e in employees)
    return jsonify(restored=len(employees), gross_to