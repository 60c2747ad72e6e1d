from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/preview")
def preview():
    title = request.form.get("title", "Untitled")
    content = request.form.get("content", "")
    text = title + "\n" + "=" * len(title) + "\n\n" + content
    return Response(text, mimetype="text/plain")
