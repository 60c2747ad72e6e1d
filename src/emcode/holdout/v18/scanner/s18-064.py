from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-key-please-change"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://inventory:Winter2024!@db:5432/inventory"
db = SQLAlchemy(app)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    qty = db.Column(db.Integer, default=0)


@app.route("/items/count")
def count():
    return {"items": Item.query.count()}
