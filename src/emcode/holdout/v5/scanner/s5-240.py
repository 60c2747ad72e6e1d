from flask import Flask, request

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    dest = "uploads/" + f.filename
    f.save(dest)
    return "ok"
