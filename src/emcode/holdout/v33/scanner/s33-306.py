from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///wedding.db"
db = SQLAlchemy(app)


class Vendor(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    category = db.Column(db.String(40))
    city = db.Column(db.String(80))


@app.route("/vendors")
def vendors():
    q = Vendor.query
    if cat := request.args.get("category"):
        q = q.filter(Vendor.category == cat)
    if city := request.args.get("city"):
        q = q.filter(Vendor.city.ilike(f"%{city}%"))
    return jsonify([{"id": v.id, "name": v.name} for v in q.order_by(Vendor.name).limit(100)])
