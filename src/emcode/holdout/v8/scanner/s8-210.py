import re


def find_users(users, name_filter):
    matches = []
    for u in users:
        if re.match(name_filter, u["name"], re.IGNORECASE):
            matches.append(u)
    return matches
