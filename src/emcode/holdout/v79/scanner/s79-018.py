from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
BOATS = ["Laser", "Topper", "RS Feva", "Wayfarer"]


@app.route("/boats")
def boats():
    member = escape(request.args.get("member", "guest"))
    parts = ["<h3>Hello ", str(member), "</h3>", "<table>"]
    parts.extend(f"<tr><td>{b}</td></tr>" for b in BOATS)
    parts.append("</table>")
    return "".join(parts)
