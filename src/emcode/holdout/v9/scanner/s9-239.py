def greeting(name: str) -> str:
    return "Hello, {}! You have new messages.".format(name)
