from flask import Flask, request

app = Flask(__name__)

PETS = {"rex": "Dog, 4y, vaccinated", "tom": "Cat, 2y, neutered"}


@app.route("/pets")
def pet_lookup():
    name = request.args.get("name", "")
    info = PETS.get(name.lower(), "no record")
    page = f"""
    <html>
      <head><title>Patient lookup</title></head>
      <body>
        <h1>Results for {name}</h1>
        <p>{info}</p>
      </body>
    </html>
    """
    return page


@app.route("/health")
def health():
    return {"ok": True}


if __name__ == "__main__":
    app.run()
