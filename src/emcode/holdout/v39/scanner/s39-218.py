from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///farmhire.db"
db = SQLAlchemy(app)


@app.route("/machines/search")
def search():
    name = request.args.get("name", "")
    stmt = text(f"SELECT id, name FROM machine WHERE name LIKE '%{name}%'")
    rows = db.session.execute(stmt).all()
    return {"machines": [dict(id=r[0], name=r[1]) for r in rows]}
