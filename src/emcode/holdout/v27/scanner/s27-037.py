from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///observatory.db"
db = SQLAlchemy(app)


class Session(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    telescope = db.Column(db.String(40))
    observer = db.Column(db.String(80))
    night = db.Column(db.Date)


@app.route("/sessions")
def sessions():
    scope = request.args.get("telescope", "")
    rows = Session.query.filter_by(telescope=scope).order_by(Session.night).limit(100).all()
    return jsonify([{"observer": r.observer, "night": r.night.isoformat()} for r in rows])
