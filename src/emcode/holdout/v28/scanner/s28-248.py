from flask import Flask, session, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "v3t-cl1nic-s3ssion-k3y-2024"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://vetapp:Pawprint!88@db.internal/vet"
db = SQLAlchemy(app)


class Vet(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))


@app.route("/vets")
def vets():
    return jsonify([v.name for v in Vet.query.order_by(Vet.name)])
