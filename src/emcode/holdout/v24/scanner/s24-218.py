from flask import Flask, jsonify, request

app = Flask(__name__)
RECIPES: list[dict] = []


@app.post("/recipes")
def create_recipe():
    data = request.get_json(silent=True) or {}
    title = str(data.get("title", "")).strip()
    if not title:
        return jsonify(error="title required"), 400
    recipe = {"id": len(RECIPES) + 1, "title": title, "steps": list(map(str, data.get("steps", [])))}
    RECIPES.append(recipe)
    return jsonify(recipe), 201


@app.get("/recipes")
def list_recipes():
    q = request.args.get("q", "").lower()
    return jsonify([r for r in RECIPES if q in r["title"].lower()])
