from flask import Flask, request

app = Flask(__name__)

@app.get("/download")
def download():
    name = request.args.get("file", "")
    with open("/srv/files/" + name, "rb") as fh:
        data = fh.read()
    chunks = []
    for i in range(0, len(data), 4096):
        chunks.append(data[i:i + 40