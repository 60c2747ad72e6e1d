from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///library.db"
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200))
    author = db.Column(db.String(120))
    available = db.Column(db.Boolean, default=True)


@app.get("/books")
def books():
    q = Book.query
    title = request.args.get("title")
    author = request.args.get("author")
    if title:
        q = q.filter(Book.title.ilike(f"%{title}%"))
    if author:
        q = q.filter(Book.author == author)
    if request.args.get("available") == "1":
        q = q.filter(Book.available.is_(True))
    page = max(1, request.args.get("page", 1, type=int))
    items = q.order_by(Book.title).limit(25).offset((page - 1) * 25).all()
    return jsonify([{"id": b.id, "title": b.title, "author": b.author} for b in items])
