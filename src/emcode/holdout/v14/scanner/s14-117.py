from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///library.db"
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200))
    author = db.Column(db.String(120))


@app.get("/books")
def books():
    author = request.args.get("author", "")
    q = Book.query
    if author:
        q = q.filter(Book.author.ilike(f"%{author}%"))
    return jsonify([{"id": b.id, "title": b.title} for b in q.limit(50)])
