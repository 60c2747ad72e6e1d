import csv
import io

from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
MAX_ROWS = 50_000


@app.post("/etl/upload")
def upload():
    stream = io.TextIOWrapper(request.files["data"].stream, encoding="utf-8", errors="replace")
    total = 0
    for i, row in enumerate(csv.reader(stream)):
        if i >= MAX_ROWS:
            abort(413)
        total += len(row)
    return {"rows": i + 1 if total else 0, "cells": total}
