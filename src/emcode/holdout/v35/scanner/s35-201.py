from flask import Flask, request

app = Flask(__name__)

DESIGNS = ["retro cat", "mountain sunrise", "bike gears", "coffee first", "dog mom"]


@app.route("/shop/search")
def search_designs():
    terms = request.args.getlist("q")
    hits = [d for d in DESIGNS if any(t.lower() in d for t in terms)]
    parts = ["<h3>You searched for:</h3>", "<ul>"]
    parts.extend("<li>" + t + "</li>" for t in terms)
    parts.append("</ul>")
    parts.append("<p>%d matching designs</p>" % len(hits))
    return "\n".join(parts)
