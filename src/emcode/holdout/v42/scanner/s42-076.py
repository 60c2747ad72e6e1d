from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg://web@db/recipes")


@app.get("/api/recipes")
def api_recipes():
    q = request.args.get("q")
    diet = request.args.get("diet")
    sql = "SELECT id, title FROM recipes WHERE published"
    binds = {}
    if q:
        sql += " AND title ILIKE :q"
        binds["q"] = f"%{q}%"
    if diet:
        sql += " AND :diet = ANY(diets)"
        binds["diet"] = diet
    sql += " ORDER BY title LIMIT 50"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), binds).all()
    return jsonify([{"id": r.id, "title": r.title} for r in rows])
