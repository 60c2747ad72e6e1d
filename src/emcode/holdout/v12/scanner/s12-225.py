def greeting(name: str, unread: int) -> str:
    return "Hello {name}, you have {n} unread messages".format(name=name, n=int(unread))
