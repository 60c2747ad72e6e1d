from flask import Flask, request
from markupsafe import escape as e

app = Flask(__name__)
CARS = {"A": "in service", "B": "inspection due"}


@app.route("/cars")
def cars():
    highlight = request.args.get("hl", "")
    out = ["<ul>"]
    for car, state in CARS.items():
        cls = "hl" if car == highlight else ""
        out.append(f"<li class='{cls}'>{e(car)}: {e(state)}</li>")
    out.append(f"</ul><p>Highlight: {e(highlight)}</p>")
    return "".join(out)
