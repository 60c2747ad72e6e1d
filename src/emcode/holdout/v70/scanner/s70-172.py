from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///tramdepot.db"
db = SQLAlchemy(app)


class WorkOrder(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    technician = db.Column(db.String(80))


@app.get("/work_orders/by-person")
def by_person():
    who = request.args.get("technician", "")
    rows = WorkOrder.query.filter_by(technician=who).order_by(WorkOrder.id).all()
    return jsonify([r.id for r in rows])
