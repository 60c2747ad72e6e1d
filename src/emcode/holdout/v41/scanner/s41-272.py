from flask import Flask, request

app = Flask(__name__)


@app.route("/patients/search")
def search_patients():
    pet = request.args.get("pet", "")
    body = f"<h2>Results for {pet}</h2><p>No matching records in the clinic database.</p>"
    return body


if __name__ == "__main__":
    app.run()
