import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/grades/import", methods=["POST"])
def import_grades():
    f = request.files["gradebook"]
    book = pickle.load(f)
    count = 0
    for student, grade in book.items():
        count += 1
    return "imported %d grades" % count
