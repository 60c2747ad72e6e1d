from flask import Flask, send_from_directory

app = Flask(__name__)
ATTACHMENTS = "/var/app/attachments"


@app.route("/attachments/<path:name>")
def attachment(name):
    return send_from_directory(ATTACHMENTS, name, as_attachment=True)
