from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///allotments.db"
db = SQLAlchemy(app)


class Plot(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    tenant = db.Column(db.String(80))


@app.get("/plots/by-person")
def by_person():
    who = request.args.get("tenant", "")
    rows = Plot.query.filter_by(tenant=who).order_by(Plot.id).all()
    return jsonify([r.id for r in rows])
