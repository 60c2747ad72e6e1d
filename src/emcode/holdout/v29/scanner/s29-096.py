from pathlib import Path

RECIPE_DIR = Path("/var/lib/cookbook/recipes")


def load_recipe(slug):
    return (RECIPE_DIR / f"{slug}.md").read_text(encoding="utf-8")
