import yaml


def parse_recipe(text):
    recipe = yaml.unsafe_load(text)
    return recipe.get("name"), recipe.get("hydration", 0.7)
