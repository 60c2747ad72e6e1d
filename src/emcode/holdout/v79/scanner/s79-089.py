import getpass
import json

from passlib.hash import bcrypt


def add_volunteer(store, name):
    store[name] = bcrypt.hash(getpass.getpass("Password: "))


if __name__ == "__main__":
    with open("volunteers.json") as fh:
        data = json.load(fh)
    add_volunteer(data, input("Name: "))
    with open("volunteers.json", "w") as fh:
        json.dump(data, fh)
