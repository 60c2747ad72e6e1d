from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-bakery-key-2024"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://bakery:Cr0issant!@db.internal/orders"
db = SQLAlchemy(app)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer = db.Column(db.String(120), nullable=False)
    loaves = db.Column(db.Integer, default=1)
