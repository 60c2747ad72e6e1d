def find_users(users: list[dict], name_filter: str) -> list[dict]:
    needle = name_filter.casefold()
    return [u for u in users if needle in u["name"].casefold()]
