from html import escape

from flask import Flask, request

app = Flask(__name__)

PATIENTS = [
    {"id": 1, "name": "Biscuit", "species": "dog"},
    {"id": 2, "name": "Mochi", "species": "cat"},
]


@app.route("/patients/search")
def search_patients():
    term = request.args.get("q", "").strip()
    hits = [p for p in PATIENTS if term.lower() in p["name"].lower()]
    shown = escape(term)
    page = f"<h2>Search results for {shown}</h2><ul>"
    for p in hits:
        page += f"<li>{escape(p['name'])} ({escape(p['species'])})</li>"
    page += "</ul>"
    return page


if __name__ == "__main__":
    app.run()
