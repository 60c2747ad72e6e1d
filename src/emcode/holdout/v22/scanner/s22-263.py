import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = html.escape(request.args.get("name", "friend"))
    items = []
    for course in ("Maths", "Art", "History"):
        items.append(f"<li>{html.escape(course)}</li>")
    body = f"<h1>Welcome {name}</h1><ul>{''.join(items)}</ul>"
    footer = "<footer>School portal</foo