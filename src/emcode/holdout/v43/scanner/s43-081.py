from flask import Flask, session
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "w3dd1ng-pl4nn3r-s3cr3t"
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://planner:Summer2024!@db.internal/weddings"
db = SQLAlchemy(app)


@app.route("/")
def home():
    session.setdefault("visits", 0)
    session["visits"] += 1
    return {"visits": session["visits"]}
