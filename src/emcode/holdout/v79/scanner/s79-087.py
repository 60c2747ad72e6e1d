from flask import Flask, request

app = Flask(__name__)

BOATS = ["Laser", "Topper", "RS Feva", "Wayfarer"]


@app.route("/boats")
def boats():
    member = request.args.get("member", "guest")
    parts = ["<h3>Hello ", member, "</h3>", "<table>"]
    for b in BOATS:
        parts.append("<tr><td>" + b + "</td></tr>")
    parts.append("</table>")
    return "".join(parts)
