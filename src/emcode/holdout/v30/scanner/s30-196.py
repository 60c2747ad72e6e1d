import html
import re

from flask import Flask, request

app = Flask(__name__)
NOTES = ["Patient prefers morning slots", "Allergic to latex", "Needs wheelchair access"]


@app.get("/notes/search")
def search():
    term = request.args.get("q", "")[:50]
    if not term:
        return "<p>Enter a term</p>"
    rx = re.compile(re.escape(html.escape(term)), re.IGNORECASE)
    hits = [rx.sub(lambda m: f"<mark>{m.group(0)}</mark>", html.escape(n)) for n in NOTES if term.lower() in n.lower()]
    return "<ul>" + "".join(f"<li>{h}</li>" for h in hits) + "</ul>"
