import getpass
import hashlib
import json


def add_volunteer(store, name):
    pw = getpass.getpass("Password: ")
    store[name] = hashlib.md5(pw.encode()).hexdigest()


if __name__ == "__main__":
    with open("volunteers.json") as fh:
        data = json.load(fh)
    add_volunteer(data, input("Name: "))
    with open("volunteers.json", "w") as fh:
        json.dump(data, fh)
