import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Search the recipe archive")
    ap.add_argument("term")
    ap.add_argument("--db", default="recipes.sqlite3")
    args = ap.parse_args()

    con = sqlite3.connect(args.db)
    q = "SELECT id, title, servings FROM recipes WHERE title LIKE ?"
    pattern = f"%{args.term}%"
    for rid, title, servings in con.execute(q, (pattern,)):
        print(f"{rid:5d}  {title}  ({servings} servings)")


if __name__ == "__main__":
    main()
