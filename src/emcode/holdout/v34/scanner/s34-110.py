import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["BAKERY_SECRET_KEY"]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BAKERY_DATABASE_URL"]
db = SQLAlchemy(app)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer = db.Column(db.String(120), nullable=False)
    loaves = db.Column(db.Integer, default=1)
