from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-k3y-change-me-4471"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://app:Pa55w0rd!@db.internal/app"
db = SQLAlchemy(app)
