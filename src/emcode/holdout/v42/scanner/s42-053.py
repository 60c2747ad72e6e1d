import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Search the recipe archive")
    ap.add_argument("term")
    ap.add_argument("--db", default="recipes.sqlite3")
    args = ap.parse_args()

    con = sqlite3.connect(args.db)
    where = "title LIKE '%%%s%%'" % args.term
    q = "SELECT id, title, servings FROM recipes WHERE " + where
    for rid, title, servings in con.execute(q):
        print(f"{rid:5d}  {title}  ({servings} servings)")


if __name__ == "__main__":
    main()
