from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/transcript")
def transcript():
    name = request.args.get("name", "transcript")
    body = "CS101,A\nMATH201,B+\n"
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = 'attachment; filename="' + name + '.csv"'
    return resp
