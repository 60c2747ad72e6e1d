from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///vetlab.db"
db = SQLAlchemy(app)


class Result(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    sample_id = db.Column(db.String(20), index=True)
    species = db.Column(db.String(30))
    analyte = db.Column(db.String(20))
    value = db.Column(db.Float)


@app.get("/results")
def results():
    q = Result.query
    if species := request.args.get("species"):
        q = q.filter(Result.species == species)
    if analyte := request.args.get("analyte"):
        q = q.filter(Result.analyte == analyte)
    rows = q.order_by(Result.id.desc()).limit(100).all()
    return jsonify([{"sample": r.sample_id, "analyte": r.analyte, "value": r.value} for r in rows])
