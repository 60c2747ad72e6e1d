from pathlib import Path

RECIPE_DIR = Path("/var/lib/cookbook/recipes").resolve()


def load_recipe(slug):
    target = (RECIPE_DIR / f"{slug}.md").resolve()
    if not target.is_relative_to(RECIPE_DIR):
        raise PermissionError(slug)
    return target.read_text(encoding="utf-8")
