import json

from flask import Flask, render_template, request

app = Flask(__name__)
FIELDS = {"exercise": str, "sets": int, "reps": int, "weight_kg": float}


@app.post("/plans/draft")
def draft():
    try:
        items = json.loads(request.form.get("draft", "[]"))
    except json.JSONDecodeError:
        items = []
    clean = []
    for it in items if isinstance(items, list) else []:
        try:
            clean.append({k: t(it[k]) for k, t in FIELDS.items()})
        except (KeyError, TypeError, ValueError):
            continue
    return render_template("draft.html", items=clean)
