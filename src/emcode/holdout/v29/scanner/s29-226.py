"""Tiny recipe search page for the community cookbook."""
import html as htmllib

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
    items = "".join(f"<li>{htmllib.escape(r['title'])}</li>" for r in hits)
    shown = htmllib.escape(term)
    body = f"""
    <!doctype html>
    <title>Search</title>
    <h2>Results for "{shown}"</h2>
    <ul>{items}</ul>
    """
    return body
