from flask import Flask, request

app = Flask(__name__)

RECIPES = ["pancakes", "omelette", "tomato soup"]


@app.route("/recipes")
def recipes():
    q = request.args.get("q", "")
    hits = [r for r in RECIPES if q.lower() in r]
    listing = "".join(f"<li>{h}</li>" for h in hits)
    html = f"""
    <html>
      <body>
        <h1>Recipes matching {q}</h1>
        <ul>{listing}</ul>
      </body>
    </html>
    """
    return html


if __name__ == "__main__":
    app.run(debug=False)
