import os

from flask import Flask

app = Flask(__name__)


@app.get("/clinic/hours")
def hours():
    return {"mon-fri": "08:00-18:00", "sat": "09:00-13:00"}


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "5000"))
    app.run(host="0.0.0.0", port=port, debug=True)
    print("clinic hours API stopped on po