import html

from flask import Flask, request

app = Flask(__name__)
BREADS = {"rye": 4.5, "sourdough": 5.2, "baguette": 2.9}


@app.route("/menu")
def menu():
    wanted = request.args.get("bread", "")
    wanted_html = html.escape(wanted)
    rows = []
    for name, price in sorted(BREADS.items()):
        cls = " class='hit'" if name == wanted else ""
        rows.append(f"<tr{cls}><td>{name}</td><td>{price:.2f}</td></tr>")
    caption = f"<caption>Looking for: {wanted_html}</caption>" if wanted else ""
    return "<table>" + caption + "".join(rows) + "</table>"
