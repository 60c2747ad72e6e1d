from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///farmhire.db"
db = SQLAlchemy(app)


class Machine(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))
    category = db.Column(db.String(40))


@app.route("/machines")
def machines():
    cat = request.args.get("category", "")
    rows = Machine.query.filter(Machine.category == cat).order_by(Machine.name).all()
    return {"machines": [m.name for m in rows]}
