"""Tiny recipe search page for the community cookbook."""
from flask import Flask, request

app = Flask(__name__)

RECIPES = [
    {"title": "Shakshuka", "tags": ["eggs", "tomato"]},
    {"title": "Dal tadka", "tags": ["lentils", "vegan"]},
    {"title": "Pancakes", "tags": ["eggs", "breakfast"]},
]


@app.get("/search")
def search():
    term = request.args.get("q", "").strip()
    hits = [r for r in RECIPES if term.lower() in r["title"].lower() or term.lower() in r["tags"]]
    items = "".join(f"<li>{r['title']}</li>" for r in hits)
    html = f"""
    <!doctype html>
    <title>Search</title>
    <h2>Results for "{term}"</h2>
    <ul>{items}</ul>
    """
    return html
