import yaml


def parse_recipe(text):
    recipe = yaml.load(text, Loader=yaml.SafeLoader) or {}
    return recipe.get("name"), recipe.get("hydration", 0.7)
