import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@app.get("/recipes/by-slug/{slug}")
def by_slug(slug: str):
    if len(slug) > 80 or not SLUG.fullmatch(slug):
        raise HTTPException(400, "bad slug")
    return {"slug": slug}
