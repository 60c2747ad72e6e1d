import argparse
import shelve


def main():
    parser = argparse.ArgumentParser(description="Inspect a saved recipe box")
    parser.add_argument("box", help="path to the shelf file sent by a friend")
    args = parser.parse_args()
    with shelve.open(args.box, flag="r") as box:
        for key in box:
            recipe = box[key]
            print(f"{key}: {recipe.get('title')} ({len(recipe.get('steps', []))} steps)")


if __name__ == "__main__":
    main()
