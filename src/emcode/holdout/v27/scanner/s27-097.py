from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "tour-ops-secret-2024"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://tours:Sup3rS3cret!@db/tours"
db = SQLAlchemy(app)


class Tour(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)


@app.route("/tours")
def tours():
    return {"tours": [t.name for t in Tour.query.order_by(Tour.name).all()]}
