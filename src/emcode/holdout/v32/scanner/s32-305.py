import os

from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


class Scooter(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    zone = db.Column(db.String(40))
    battery = db.Column(db.Integer)


@app.route("/scooters")
def scooters():
    q = Scooter.query
    zone = request.args.get("zone")
    if zone:
        q = q.filter(Scooter.zone == zone)
    min_battery = request.args.get("min_battery", type=int)
    if min_battery is not None:
        q = q.filter(Scooter.battery >= min_battery)
    return jsonify([{"id": s.id, "zone": s.zone, "battery": s.battery} for s in q.limit(200)])
