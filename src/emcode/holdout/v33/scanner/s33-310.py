from flask import Flask, make_response, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(_err):
    wanted = request.args.get("lesson") or request.path
    message = "<div class='alert'>Lesson '{}' could not be found.</div>".format(wanted)
    r = make_response(message, 404)
    return r
