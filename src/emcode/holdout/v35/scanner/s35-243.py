import argparse

SUBJECTS = {
    "welcome": "Welcome to {list_name}, {first_name}!",
    "reminder": "{first_name}, your {list_name} digest is ready",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=sorted(SUBJECTS))
    ap.add_argument("first_name")
    ap.add_argument("--list-name", default="The Shelter Letter")
    a = ap.parse_args()
    print(SUBJECTS[a.kind].format(first_name=a.first_name, list_name=a.list_name))


if __name__ == "__main__":
    main()
