from flask import Flask, send_from_directory

app = Flask(__name__)
app.config["EXPORTS"] = "/srv/exports"


@app.route("/exports/<path:filename>")
def exports(filename):
    return send_from_directory(app.config["EXPORTS"], filename, as_attachment=True)
