from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/patients/search")
def search_patients():
    pet = escape(request.args.get("pet", ""))
    body = f"<h2>Results for {pet}</h2><p>No matching records in the clinic database.</p>"
    return body


if __name__ == "__main__":
    app.run()
