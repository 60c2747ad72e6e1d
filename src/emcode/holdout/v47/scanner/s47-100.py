import os

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


class Inspection(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    vessel = db.Column(db.String(80), index=True)
    boat = db.Column(db.String(20))
    result = db.Column(db.String(10))


@app.route("/inspections")
def inspections():
    q = Inspection.query
    vessel = request.args.get("vessel")
    if vessel:
        q = q.filter(Inspection.vessel == vessel)
    if request.args.get("failed") == "1":
        q = q.filter(Inspection.result == "FAIL")
    return jsonify([{"vessel": i.vessel, "boat": i.boat, "result": i.result} for i in q.limit(200)])
