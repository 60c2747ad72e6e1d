from flask import Flask, request

app = Flask(__name__)
SEEDS = {"cherokee-purple": "Heirloom tomato, 80 days", "moon-and-stars": "Watermelon, 90 days"}


@app.route("/seeds")
def seed_lookup():
    wanted = request.args.get("variety", "")
    info = SEEDS.get(wanted.lower(), "not in our bank yet")
    page = f"""
    <html><body>
      <h1>Seed bank lookup</h1>
      <p>You asked for: {wanted}</p>
      <p>{info}</p>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
