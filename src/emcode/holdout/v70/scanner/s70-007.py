from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.errorhandler(404)
def not_found(err):
    msg = "<h1>Not found</h1><p>The audio guide stop %s does not exist.</p>" % escape(request.path)
    return msg, 404


@app.get("/stops/<int:stop>")
def stop(stop):
    return {"stop": stop, "file": f"stop-{stop:03d}.mp3"}
