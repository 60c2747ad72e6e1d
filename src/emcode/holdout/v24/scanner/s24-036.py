from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PETS = {"rex": "Dog, 4y, vaccinated", "tom": "Cat, 2y, neutered"}


@app.route("/pets")
def pet_lookup():
    raw_name = request.args.get("name", "")
    name = escape(raw_name)
    info = escape(PETS.get(raw_name.lower(), "no record"))
    page = f"""
    <html>
      <body>
        <h1>Results for {name}</h1>
        <p>{info}</p>
      </body>
    </html>
    """
    return page
