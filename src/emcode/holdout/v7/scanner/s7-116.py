import argparse
import yaml
from yaml import SafeLoader as Loader


def load_recipe(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=Loader)


def main():
    parser = argparse.ArgumentParser(description="Scale a recipe")
    parser.add_argument("recipe")
    parser.add_argument("--servings", type=int, default=4)
    args = parser.parse_args()
    recipe = load_recipe(args.recipe)
    factor = args.servings / recipe.get("servings", 4)
    for item in recipe["ingredients"]:
        print(f"{item['qty'] * factor:6.1f} {item['name']}")


if __name__ == "__main__":
    main()
