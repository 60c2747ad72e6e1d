def greet(account_name: str, unread: int) -> str:
    return "Hi {}, you have {} unread messages".format(account_name, int(unread))
