from flask import Flask, request
import sqlite3

app = Flask(__name__)
DB_PATH = "courses.db"

TEMPLATE = "<h1>Results for {term}</h1><ul>{items}</ul>"


def find_courses(term):
    conn = sqlite3.connect(DB_PATH)
    try:
        cur = conn.execute("SELECT title FROM courses WHERE title LIKE ?", (f"%{term}%",))
        return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


@app.route("/courses/search")
def search():
    term = request.args.get("q", "")
    titles = find_courses(term)
    items = "".join("<li>{}</li>".format(t) for t in titles)
    html = TEMPLATE.format(term=term, items=items)
    return html
