from flask import Flask, request

app = Flask(__name__)

BEANS = {
    "ethiopia-yirgacheffe": "Floral, bergamot, lemon",
    "colombia-huila": "Caramel, red apple",
    "sumatra-mandheling": "Earthy, cedar, dark chocolate",
}


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [k for k in BEANS if q.lower() in k]
    html = f"<h1>Results for {q}</h1><ul>"
    for h in hits:
        html += f"<li>{h}: {BEANS[h]}</li>"
    html += "</ul>"
    return html


if __name__ == "__main__":
    app.run()
