from flask import Flask, redirect, request, url_for, abort

app = Flask(__name__)

RECIPES = {101: "lemon-tart", 102: "lamb-tagine"}


@app.get("/r/<int:rid>")
def short_link(rid):
    slug = RECIPES.get(rid)
    if slug is None:
        abort(404)
    return redirect(url_for("recipe_page", slug=slug, ref=request.args.get("ref", "short")))


@app.get("/recipes/<slug>")
def recipe_page(slug):
    return {"slug": slug}
