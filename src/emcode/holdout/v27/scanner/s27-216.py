import os
from flask import Flask

app = Flask(__name__)


@app.route("/health")
def health():
    return {"ok": True}


if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")), debug=False)
