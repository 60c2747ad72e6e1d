from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///pawn.db"
db = SQLAlchemy(app)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120))
    category = db.Column(db.String(40))
    price = db.Column(db.Numeric(10, 2))


@app.get("/items/search")
def search():
    q = Item.query
    if cat := request.args.get("category"):
        q = q.filter(Item.category == cat)
    if text := request.args.get("q"):
        q = q.filter(Item.title.ilike(f"%{text}%"))
    return jsonify([{"id": i.id, "title": i.title, "price": str(i.price)} for i in q.limit(50)])
