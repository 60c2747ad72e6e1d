import os
import sys


def export_recipe(slug, fmt):
    os.system(f"pandoc recipes/{slug}.md -o exports/{slug}.{fmt}")
    print(f"exported {slug} as {fmt}")


if __name__ == "__main__":
    export_recipe(sys.argv[1], sys.ar